import { createHash, randomUUID } from "node:crypto";
import { readdir } from "node:fs/promises";
import { crc32 } from "node:zlib";
import type { Socket } from "node:net";
import { isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import sharp from "sharp";
import type { Upload } from "@motcua/contracts";
import { upload } from "../db/schema/index.ts";
import { EICAR, clamdPerSuite, describeWithClamd } from "../modules/uploads/clamd-test-kit.ts";
import {
  BOUNDARY,
  TRAILING_SCRIPT,
  fileForm,
  jpegWithGpsAndScript,
  onePagePdf,
  openSocket,
  pdfOfSize,
  pdfStream,
  photoJpeg,
} from "../modules/uploads/upload-test-kit.ts";
import { startAppHarness } from "../test/app-harness.ts";
import { dbKinds, truncate } from "../test/db.ts";
import { birthRegistration, submissionFor, tinyPdf, uploadFile } from "../test/dossier-fixtures.ts";
import { harnessPerSuite } from "../test/harness-per-suite.ts";
import { expectProblem, filingTables, rowCount, submitDossier } from "./scenario-kit.ts";

interface EndlessUpload {
  status: number | null;
  head: string;
  /** Whether the server hung up while we were still sending. */
  closedByServer: boolean;
  ms: number;
}

/**
 * Sends request headers, then a chunked body that never ends (64 KiB chunks) until the server
 * closes the connection or `giveUpMs` passes: what a hostile or broken client does.
 */
async function sendEndlessChunkedBody(url: string, head: string, giveUpMs = 5000): Promise<EndlessUpload> {
  const socket: Socket = await openSocket(url);
  const started = performance.now();
  let received = "";
  let closed = false;
  socket.on("data", (chunk: Buffer) => (received += chunk.toString("latin1")));
  socket.on("error", () => undefined);
  socket.on("close", () => (closed = true));
  socket.write(`${head}Transfer-Encoding: chunked\r\n\r\n`);
  const data = Buffer.alloc(64 * 1024, 0x61);
  const frame = Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from("\r\n")]);
  while (!closed && performance.now() - started < giveUpMs) {
    if (!socket.write(frame)) await new Promise((r) => socket.once("drain", r).once("close", r));
  }
  const closedByServer = closed;
  socket.destroy();
  const status = /^HTTP\/1\.1 (\d{3})/.exec(received)?.[1];
  return { status: status ? Number(status) : null, head: received.split("\r\n\r\n")[0] ?? "", closedByServer, ms: performance.now() - started };
}

/** Polls until `check` holds; the server cleans up after an abort asynchronously. */
/** A PNG signature and header chunk declaring the given size, then the end chunk: no pixels at all. */
function pngDeclaring(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typeAndData));
    return Buffer.concat([length, typeAndData, crc]);
  };
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IEND", Buffer.alloc(0))]);
}

async function eventually(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not reached in time");
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe("#19 oversize chunked bodies on the real app's socket (pglite)", () => {
  const h = harnessPerSuite(() => startAppHarness("pglite"));

  it("#19 an endless chunked body gets 413 (or its answer) and a closed connection, never 200 or 5xx, even where the route never reads the body", async () => {
    const token = await h.signIn();
    const throwaway = await h.signIn("Phiên sẽ đăng xuất");
    const auth = `Authorization: Bearer ${token}\r\n`;
    const cases: [string, number][] = [
      // Routes that read the body: the limit answers 413 and closes.
      [`POST /api/v1/uploads HTTP/1.1\r\nHost: x\r\n${auth}Content-Type: multipart/form-data; boundary=${BOUNDARY}\r\n`, 413],
      [`POST /api/v1/dossiers HTTP/1.1\r\nHost: x\r\n${auth}Content-Type: application/json\r\nIdempotency-Key: endless-body-0001\r\n`, 413],
      [`POST /api/v1/me/drafts HTTP/1.1\r\nHost: x\r\n${auth}Content-Type: application/json\r\n`, 413],
      // Routes that answer without reading it: the answer, then the connection is cut, not drained forever.
      [`POST /api/v1/auth/logout HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${throwaway}\r\n`, 204],
      [`POST /api/v1/uploads HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=${BOUNDARY}\r\n`, 401],
      [`POST /api/v1/nowhere HTTP/1.1\r\nHost: x\r\n${auth}Content-Type: application/json\r\n`, 404],
      // No GET reads a body: refused at once rather than drained until the request timeout.
      [`GET /api/v1/procedures HTTP/1.1\r\nHost: x\r\n`, 413],
      [`GET /api/v1/me HTTP/1.1\r\nHost: x\r\n${auth}`, 413],
    ];
    for (const [head, status] of cases) {
      const result = await sendEndlessChunkedBody(h.server.url, head);
      expect(result, head).toMatchObject({ status, closedByServer: true });
      expect(result.ms).toBeLessThan(3000);
    }
    expect(await rowCount(h.services.database.db, "upload")).toBe(0);
    expect(await rowCount(h.services.database.db, "dossier")).toBe(0);
    expect(await rowCount(h.services.database.db, "draft")).toBe(0);
    await eventually(async () => (await readdir(h.services.storage.tempDir)).length === 0);
    expect((await fetch(`${h.server.url}/healthz`)).status).toBe(200);
  });
});

describe.each(dbKinds)("file scenarios against the real app (%s)", (kind) => {
  const h = harnessPerSuite(() => startAppHarness(kind), (app) => truncate(app.services.database.db, filingTables));

  const db = () => h.services.database.db;
  const unattached = async () => (await db().select({ id: upload.id }).from(upload).where(isNull(upload.dossierId))).length;

  it("#20 too many files for a document, or more than 30 MB for the dossier, is 422 naming the field; nothing is filed and the uploads stay free", async () => {
    const { procedure, wardCode } = birthRegistration(h);
    const token = await h.signIn();
    const upTo = (n: number, bytes: Buffer) => Promise.all(Array.from({ length: n }, (_, i) => uploadFile(h.server.url, token, `trang-${i + 1}.pdf`, bytes)));
    const certificate = [await uploadFile(h.server.url, token, "giay-chung-sinh.pdf", tinyPdf)];

    const five = await upTo(5, tinyPdf);
    const tooMany = submissionFor(procedure, wardCode, { "to-khai": five, "giay-chung-sinh": certificate });
    const many = await expectProblem(await submitDossier(h, token, tooMany), 422, "VALIDATION_FAILED");
    expect(many.errors).toEqual([expect.objectContaining({ field: "documents.0.uploadIds", code: "TOO_BIG" })]);

    const large = await upTo(4, pdfOfSize(7_900_000));
    const tooBig = submissionFor(procedure, wardCode, { "to-khai": large, "giay-chung-sinh": certificate });
    const big = await expectProblem(await submitDossier(h, token, tooBig), 422, "VALIDATION_FAILED");
    expect(big.errors).toEqual([expect.objectContaining({ field: "documents", code: "QUOTA_EXCEEDED" })]);

    for (const table of ["dossier", "idempotency_key", "dossier_event", "outbox"]) expect(await rowCount(db(), table), table).toBe(0);
    expect(await unattached()).toBe(10);
  });

  it("#25 a PNG of a few hundred bytes declaring 30,000 × 30,000 pixels is 422 IMAGE_TOO_LARGE before anything is stored; a real photo's size passes", async () => {
    const token = await h.signIn();
    const flood = await fetch(`${h.server.url}/api/v1/uploads`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}` },
      body: (() => {
        const form = new FormData();
        form.set("file", new Blob([pngDeclaring(30_000, 30_000)]), "anh.png");
        return form;
      })(),
    });
    const problem = await expectProblem(flood, 422, "IMAGE_TOO_LARGE");
    expect(problem.detail).toContain("30000 × 30000");
    expect(await rowCount(db(), "upload")).toBe(0);
    await eventually(async () => (await readdir(h.services.storage.tempDir)).length === 0);

    const photoSized = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: "#e0d8c8" } }).png().toBuffer();
    await uploadFile(h.server.url, token, "anh.png", photoSized);
    expect(await rowCount(db(), "upload")).toBe(1);
  });

  it("#22 a JPEG with EXIF GPS and a trailing script is 201, stored re-encoded without metadata or script, and served as a nosniff attachment", async () => {
    const token = await h.signIn();
    const sent = await jpegWithGpsAndScript();
    expect((await sharp(sent).metadata()).exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    const id = await uploadFile(h.server.url, token, "IMG_0042.jpg", sent);

    const res = await fetch(`${h.server.url}/api/v1/uploads/${id}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="IMG_0042\.jpg"/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    const stored = Buffer.from(await res.arrayBuffer());
    const [row] = await db().select().from(upload);
    expect(row).toMatchObject({ size: stored.length, sha256: createHash("sha256").update(stored).digest("hex") });
    expect(stored.includes("Exif")).toBe(false);
    expect(stored.includes(TRAILING_SCRIPT)).toBe(false);
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: "jpeg", width: 48, height: 64 });
    expect(meta.exif).toBeUndefined();
    expect((await sharp(stored).raw().toBuffer()).length).toBe(48 * 64 * 3);
  });

  it("#26 a PDF with JavaScript is 422 PDF_ACTIVE_CONTENT; nothing is stored", async () => {
    const token = await h.signIn();
    const form = new FormData();
    form.set("file", new Blob([onePagePdf({ catalog: "/OpenAction<</S/JavaScript/JS(app.alert\\(1\\))>>" })]), "to-khai.pdf");
    const res = await fetch(`${h.server.url}/api/v1/uploads`, { method: "POST", headers: { Authorization: `Bearer ${token}` }, body: form });
    await expectProblem(res, 422, "PDF_ACTIVE_CONTENT");
    expect(await rowCount(db(), "upload")).toBe(0);
    await eventually(async () => (await readdir(h.services.storage.tempDir)).length === 0);
  });

  it("#27 an upload reset at 40% leaves no row, no temp file and no claimed key; the retry under the same Idempotency-Key is stored once and replays as the same upload", async () => {
    const token = await h.signIn();
    const key = `upload-${randomUUID()}`;
    const file = pdfOfSize(1024 * 1024);
    const form = fileForm("ho-so.pdf", file);
    const socket = await openSocket(h.server.url);
    socket.on("error", () => undefined);
    socket.write(
      `POST /api/v1/uploads HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nIdempotency-Key: ${key}\r\n` +
        `Content-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: ${form.length}\r\n\r\n`,
    );
    socket.write(form.subarray(0, Math.floor(form.length * 0.4)));
    await eventually(async () => (await readdir(h.services.storage.tempDir)).length === 1);
    socket.resetAndDestroy();

    await eventually(async () => (await readdir(h.services.storage.tempDir)).length === 0);
    expect(await rowCount(db(), "upload")).toBe(0);
    expect(await rowCount(db(), "idempotency_key")).toBe(0);

    const send = () =>
      fetch(`${h.server.url}/api/v1/uploads`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": `multipart/form-data; boundary=${BOUNDARY}`, "Idempotency-Key": key },
        body: form,
      });
    const retry = await send();
    expect(retry.status).toBe(201);
    const stored = (await retry.json()) as Upload;
    expect(stored).toMatchObject({ size: file.length, kind: "pdf" });
    // The client did not hear that answer either (say the connection dropped again): the same key gets the same upload.
    const again = await send();
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(stored);
    expect(await rowCount(db(), "upload")).toBe(1);
    expect(await rowCount(db(), "idempotency_key")).toBe(1);
    const back = await fetch(`${h.server.url}/api/v1/uploads/${stored.id}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(Buffer.from(await back.arrayBuffer()).equals(file)).toBe(true);
  });
});

describeWithClamd("#26 virus scanning in the real app, through a real clamd", () => {
  const clamd = clamdPerSuite();

  describe.each(dbKinds)("%s", (kind) => {
    const h = harnessPerSuite(() => startAppHarness(kind, { CLAMD_URL: clamd.url }), (app) => truncate(app.services.database.db, filingTables));

    const post = (token: string, name: string, data: Buffer) => {
      const form = new FormData();
      form.set("file", new Blob([data]), name);
      return fetch(`${h.server.url}/api/v1/uploads`, { method: "POST", headers: { Authorization: `Bearer ${token}` }, body: form });
    };

    it("#26 EICAR in a PDF is 422 MALWARE_DETECTED, with no row and no file; a clean PDF and photo are 201", async () => {
      const token = await h.signIn();
      await expectProblem(await post(token, "hoa-don.pdf", onePagePdf({ more: [pdfStream("", EICAR)] })), 422, "MALWARE_DETECTED");
      expect(await rowCount(h.services.database.db, "upload")).toBe(0);
      await eventually(async () => (await readdir(h.services.storage.tempDir)).length === 0);
      expect((await post(token, "to-khai.pdf", onePagePdf())).status).toBe(201);
      expect((await post(token, "anh.jpg", await photoJpeg(320, 240))).status).toBe(201);
      expect(await rowCount(h.services.database.db, "upload")).toBe(2);
    });
  });
});
