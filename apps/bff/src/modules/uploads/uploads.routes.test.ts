import { createHash, randomUUID } from "node:crypto";
import { insertDossierRow } from "../../test/factories.ts";
import { readdir } from "node:fs/promises";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Problem, Upload } from "@motcua/contracts";
import type { Database } from "../../db/client.ts";
import { idempotencyKey, upload } from "../../db/schema/index.ts";
import { dbKinds, testDatabase, truncate } from "../../test/db.ts";
import { EICAR, clamdPerSuite, describeWithClamd, startClamd, type Clamd } from "./clamd-test-kit.ts";
import {
  BOUNDARY,
  TRAILING_SCRIPT,
  fileForm,
  jpegWithGpsAndScript,
  multipart,
  objectStream,
  onePagePdf,
  openSocket,
  pdfOfSize,
  pdfStream,
  photoJpeg,
  readResponse,
  samples,
  startUploadsHarness,
  type UploadsHarness,
} from "./upload-test-kit.ts";

const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;
const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

async function expectProblem(res: Response, status: number, code: string): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as Problem;
  expect(body).toMatchObject({ status, code });
  return body;
}

const until = async (check: () => Promise<boolean>, ms = 3000) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not reached in time");
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe.each(dbKinds)("uploads API over HTTP (%s)", (kind) => {
  let database: Database;
  let h: UploadsHarness;
  let me: { citizenId: string; token: string };

  beforeAll(async () => {
    database = await testDatabase(kind);
    h = await startUploadsHarness(database);
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await truncate(database.db, ["idempotency_key", "upload", "session", "citizen"]);
    await h.clearObjects();
    h.clock.now = new Date();
    me = await h.signIn();
  });

  const post = (body: RequestInit["body"], headers: Record<string, string> = {}, token = me.token) =>
    fetch(`${h.server.url}/api/v1/uploads`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": MULTIPART, ...headers },
      body,
    });
  const send = (filename: string, data: Buffer, headers: Record<string, string> = {}) => post(fileForm(filename, data), headers);
  const rows = () => database.db.select().from(upload);
  const tempFiles = () => readdir(h.storage.tempDir);
  const storedBytes = async (id: string) => {
    const res = await fetch(`${h.server.url}/api/v1/uploads/${id}`, { headers: { authorization: `Bearer ${me.token}` } });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };
  const expectNothingStored = async () => {
    expect(await rows()).toEqual([]);
    expect(await h.objectCount()).toBe(0);
    await until(async () => (await tempFiles()).length === 0);
  };

  describe("accepted files", () => {
    it.each([
      ["Giấy khai sinh.jpg", "jpeg", "image/jpeg", samples.jpeg],
      ["scan.png", "png", "image/png", samples.png],
      ["đơn đề nghị.pdf", "pdf", "application/pdf", samples.pdf],
      ["IMG_0001.HEIC", "heic", "image/heic", samples.heic],
    ] as const)("stores %s as %s under a random key", async (name, kindName, contentType, data) => {
      const res = await send(name, data);
      expect(res.status).toBe(201);
      const body = (await res.json()) as Upload;
      expect(body).toMatchObject({ kind: kindName, contentType, displayName: name });
      // Size and hash are the stored bytes'; PDFs and HEIC are stored as sent, images re-encoded.
      const stored = await storedBytes(body.id);
      expect(body).toMatchObject({ size: stored.length, sha256: sha256(stored) });
      if (kindName === "pdf" || kindName === "heic") expect(stored.equals(data)).toBe(true);
      expect(new Date(body.expiresAt).getTime() - h.clock.now.getTime()).toBe(24 * 3600_000);
      const [row] = await rows();
      expect(row).toMatchObject({ id: body.id, citizenId: me.citizenId, dossierId: null, kind: kindName });
      expect(row?.storageKey).toMatch(/^[0-9a-f-]{36}$/);
      expect(row?.storageKey).not.toBe(body.id);
      expect(await h.storage.exists(row!.storageKey)).toBe(true);
      expect(await tempFiles()).toEqual([]);
    });
  });

  describe("refused content", () => {
    it.each([
      ["photo.jpg", "HTML", samples.html],
      ["photo.jpg", "SVG", samples.svg],
      ["photo.jpg", "EXE", samples.exe],
      ["photo.jpg", "ZIP", samples.zip],
      ["ghi-chu.txt", "text", samples.text],
      ["scan.pdf", "PNG", samples.png],
      ["scan.png", "JPEG", samples.jpeg],
    ])("%s holding %s → 415 UNSUPPORTED_FILE_TYPE, nothing stored", async (name, _label, data) => {
      await expectProblem(await send(name, data), 415, "UNSUPPORTED_FILE_TYPE");
      expect(await rows()).toEqual([]);
      expect(await h.objectCount()).toBe(0);
      expect(await tempFiles()).toEqual([]);
    });

    it.each([["text/plain"], ["application/json"], ["application/x-www-form-urlencoded"], [""]])(
      "Content-Type %j → 415 UNSUPPORTED_MEDIA_TYPE",
      async (type) => {
        await expectProblem(await post(samples.pdf, { "content-type": type }), 415, "UNSUPPORTED_MEDIA_TYPE");
      },
    );

    it("refuses a request without a session before reading anything", async () => {
      await expectProblem(await post(fileForm("a.pdf", samples.pdf), {}, "not-a-token"), 401, "UNAUTHENTICATED");
      expect(await rows()).toEqual([]);
    });

    it("a form without a file part, or with an empty file → 422", async () => {
      const noFile = multipart([{ name: "note", data: Buffer.from("xin chào") }]);
      const body = await expectProblem(await post(noFile), 422, "VALIDATION_FAILED");
      expect(body.errors).toEqual([expect.objectContaining({ field: "file", code: "REQUIRED" })]);
      const empty = await expectProblem(await send("rong.pdf", Buffer.alloc(0)), 422, "VALIDATION_FAILED");
      expect(empty.errors).toEqual([expect.objectContaining({ field: "file", code: "EMPTY" })]);
      expect(await rows()).toEqual([]);
      expect(await tempFiles()).toEqual([]);
    });

    it("a body cut off before the closing boundary is not stored", async () => {
      const whole = fileForm("a.pdf", pdfOfSize(10_000));
      await expectProblem(await post(whole.subarray(0, whole.length - 40)), 400, "BAD_REQUEST");
      expect(await rows()).toEqual([]);
      expect(await tempFiles()).toEqual([]);
    });
  });

  describe("size limits", () => {
    it("a declared Content-Length over the limit → 413 before the body is read", async () => {
      const socket = await openSocket(h.server.url);
      const started = Date.now();
      socket.write(
        `POST /api/v1/uploads HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${me.token}\r\n` +
          `Content-Type: ${MULTIPART}\r\nContent-Length: 10737418240\r\n\r\n`,
      );
      const res = await readResponse(socket);
      socket.destroy();
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(await rows()).toEqual([]);
    });

    it("a chunked body over the limit → 413, temp file removed", async () => {
      const socket = await openSocket(h.server.url);
      socket.write(
        `POST /api/v1/uploads HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${me.token}\r\n` +
          `Content-Type: ${MULTIPART}\r\nTransfer-Encoding: chunked\r\n\r\n`,
      );
      const response = readResponse(socket);
      let stop = false;
      void response.finally(() => (stop = true)).catch(() => undefined);
      const head = Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n\r\n%PDF-1.4\n`);
      const chunk = (data: Buffer) => `${data.length.toString(16)}\r\n${data.toString("latin1")}\r\n`;
      socket.write(chunk(head), "latin1");
      const filler = Buffer.alloc(64 * 1024, 0x20);
      for (let sent = 0; !stop && !socket.destroyed && sent < 5 * h.limits.maxBytes; sent += filler.length) {
        if (!socket.write(chunk(filler), "latin1")) await new Promise((r) => socket.once("drain", r).once("close", r));
      }
      const res = await response;
      socket.destroy();
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
      expect(await rows()).toEqual([]);
      await until(async () => (await tempFiles()).length === 0);
    });

    it("a file one byte over, with an honest Content-Length, → 413 to an ordinary client", async () => {
      await expectProblem(await send("qua-gioi-han.pdf", pdfOfSize(h.limits.maxBytes + 1)), 413, "PAYLOAD_TOO_LARGE");
      expect(await rows()).toEqual([]);
      await until(async () => (await tempFiles()).length === 0);
    });

    it("a file of exactly the limit is accepted", async () => {
      const res = await send("dung-gioi-han.pdf", pdfOfSize(h.limits.maxBytes));
      expect(res.status).toBe(201);
      expect(((await res.json()) as Upload).size).toBe(h.limits.maxBytes);
    });
  });

  describe("daily quota", () => {
    it("refuses the file after the daily count with 422 QUOTA_EXCEEDED, until 24 hours pass", async () => {
      for (let i = 0; i < h.limits.dailyFiles; i++) expect((await send(`a${i}.png`, samples.png)).status).toBe(201);
      await expectProblem(await send("one-more.png", samples.png), 422, "QUOTA_EXCEEDED");
      expect(await rows()).toHaveLength(h.limits.dailyFiles);
      expect(await h.objectCount()).toBe(h.limits.dailyFiles);
      h.clock.now = new Date(h.clock.now.getTime() + 25 * 3600_000);
      expect((await send("next-day.png", samples.png)).status).toBe(201);
    });

    it("counts bytes too, and another citizen has a quota of their own", async () => {
      const big = pdfOfSize(2.5 * 1024 * 1024);
      expect((await send("1.pdf", big)).status).toBe(201);
      expect((await send("2.pdf", big)).status).toBe(201);
      await expectProblem(await send("3.pdf", big), 422, "QUOTA_EXCEEDED");
      expect(await h.objectCount()).toBe(2);
      const other = await h.signIn();
      expect((await post(fileForm("3.pdf", big), {}, other.token)).status).toBe(201);
    });
  });

  describe("download and delete", () => {
    const get = (id: string, token = me.token) => fetch(`${h.server.url}/api/v1/uploads/${id}`, { headers: { authorization: `Bearer ${token}` } });
    const del = (id: string, token = me.token) =>
      fetch(`${h.server.url}/api/v1/uploads/${id}`, { method: "DELETE", headers: { authorization: `Bearer ${token}` } });

    it("serves the owner the exact bytes as a sandboxed attachment", async () => {
      const data = pdfOfSize(50_000);
      const name = "Tờ khai \"đăng ký\" hộ tịch.pdf";
      const form = multipart([{ name: "file", disposition: `form-data; name="file"; filename*=UTF-8''${encodeURIComponent(name)}`, data }]);
      const created = (await (await post(form)).json()) as Upload;
      const res = await get(created.id);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(res.headers.get("content-disposition")).toBe(
        `attachment; filename="To khai _dang ky_ ho tich.pdf"; filename*=UTF-8''${encodeURIComponent("Tờ khai _đăng ký_ hộ tịch.pdf")}`,
      );
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
      expect(Buffer.from(await res.arrayBuffer()).equals(data)).toBe(true);
    });

    it("answers another citizen exactly as for a missing upload, on GET and DELETE", async () => {
      const created = (await (await send("cccd.jpg", samples.jpeg)).json()) as Upload;
      const other = await h.signIn();
      const foreign = await expectProblem(await get(created.id, other.token), 404, "NOT_FOUND");
      const missing = await expectProblem(await get(randomUUID(), other.token), 404, "NOT_FOUND");
      expect({ ...foreign, requestId: "" }).toEqual({ ...missing, requestId: "" });
      await expectProblem(await del(created.id, other.token), 404, "NOT_FOUND");
      expect(await rows()).toHaveLength(1);
      await expectProblem(await get("not-a-uuid"), 400, "BAD_REQUEST");
    });

    it("deletes an unattached upload (204) but not an attached one (409)", async () => {
      const a = (await (await send("a.png", samples.png)).json()) as Upload;
      const b = (await (await send("b.png", samples.png)).json()) as Upload;
      const dossierId = await insertDossierRow(database.db, me.citizenId);
      await database.db.update(upload).set({ dossierId, requirementId: "giay-to-1" }).where(eq(upload.id, b.id));
      expect((await del(a.id)).status).toBe(204);
      await expectProblem(await get(a.id), 404, "NOT_FOUND");
      await expectProblem(await del(b.id), 409, "CONFLICT");
      expect((await rows()).map((r) => r.id)).toEqual([b.id]);
      expect(await h.objectCount()).toBe(1);
    });
  });

  describe("file names", () => {
    const nameOf = async (disposition: string, data = samples.pdf) => {
      const res = await post(multipart([{ name: "file", disposition, contentType: "application/pdf", data }]));
      expect(res.status).toBe(201);
      return ((await res.json()) as Upload).displayName;
    };

    it.each([
      [`form-data; name="file"; filename="../../etc/passwd.pdf"`, "passwd.pdf"],
      [`form-data; name="file"; filename*=UTF-8''..%2F..%2Fx.pdf`, "x.pdf"],
      [`form-data; name="file"; filename*=UTF-8''a%0D%0ASet-Cookie%3A%20x.pdf`, "aSet-Cookie_ x.pdf"],
      [`form-data; name="file"; filename*=UTF-8''a.pdf%00.js`, "a.pdf.js.pdf"],
      [`form-data; name="file"; filename*=UTF-8''h%E1%BB%93%20s%C6%A1%E2%80%AEfdp.exe`, "hồ sơfdp.exe.pdf"],
      [`form-data; name="file"; filename="Giấy xác nhận cư trú.pdf"`, "Giấy xác nhận cư trú.pdf"],
      [`form-data; name="file"; filename="../"`, "tai-lieu.pdf"],
    ])("%s → %j", async (disposition, expected) => {
      const displayName = await nameOf(disposition);
      expect(displayName).toBe(expected);
      const [row] = await rows();
      expect(row?.storageKey).toMatch(/^[0-9a-f-]{36}$/);
      expect(row?.storageKey).not.toContain(displayName);
    });

    it("keeps the extension when capping a 500-character name at 120", async () => {
      const displayName = await nameOf(`form-data; name="file"; filename="${"Đ".repeat(500)}.pdf"`);
      expect(displayName).toHaveLength(120);
      expect(displayName.endsWith("Đ.pdf")).toBe(true);
    });
  });

  describe("images are re-encoded (#22)", () => {
    it("a JPEG with EXIF GPS and a trailing script is stored upright, without metadata or the script, and still decodes", async () => {
      const sent = await jpegWithGpsAndScript();
      const before = await sharp(sent).metadata();
      expect(before).toMatchObject({ width: 64, height: 48, orientation: 6 });
      // The GPS IFD pointer tag (0x8825, little-endian) and the camera are in the EXIF block; the script follows the image.
      expect(before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);
      expect(sent.includes("iPhone 15")).toBe(true);
      expect(sent.subarray(-TRAILING_SCRIPT.length).toString()).toBe(TRAILING_SCRIPT);

      const res = await send("IMG_2024.jpg", sent);
      expect(res.status).toBe(201);
      const body = (await res.json()) as Upload;
      const stored = await storedBytes(body.id);
      expect(body).toMatchObject({ kind: "jpeg", contentType: "image/jpeg", displayName: "IMG_2024.jpg", size: stored.length, sha256: sha256(stored) });
      expect(await rows()).toEqual([expect.objectContaining({ size: stored.length, sha256: sha256(stored) })]);

      const after = await sharp(stored).metadata();
      expect(after).toMatchObject({ format: "jpeg", width: 48, height: 64 });
      for (const field of ["exif", "xmp", "icc", "iptc", "orientation"] as const) expect(after[field], field).toBeUndefined();
      expect(stored.includes("Exif")).toBe(false);
      expect(stored.includes("iPhone")).toBe(false);
      expect(stored.includes("<script")).toBe(false);
      expect(stored.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
      const decoded = await sharp(stored).raw().toBuffer({ resolveWithObject: true });
      expect(decoded.info).toMatchObject({ width: 48, height: 64, channels: 3 });
      expect(await tempFiles()).toEqual([]);
    });

    it("a PNG loses its EXIF chunk and what follows IEND", async () => {
      const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: "#336699" } })
        .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "10/1 57/1 0/1" } })
        .png()
        .toBuffer();
      expect(png.includes("eXIf")).toBe(true);
      const res = await send("scan.png", Buffer.concat([png, Buffer.from(TRAILING_SCRIPT)]));
      expect(res.status).toBe(201);
      const stored = await storedBytes(((await res.json()) as Upload).id);
      expect(stored.includes("eXIf")).toBe(false);
      expect(stored.includes("<script")).toBe(false);
      expect(stored.subarray(-8, -4).toString("latin1")).toBe("IEND");
      expect(await sharp(stored).metadata()).toMatchObject({ format: "png", width: 16, height: 16 });
    });

    it("a JPEG that does not decode is 422 UNREADABLE_IMAGE, nothing stored", async () => {
      const headerOnly = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);
      const photo = await photoJpeg(320, 240);
      for (const broken of [headerOnly, photo.subarray(0, photo.length / 2)]) {
        const problem = await expectProblem(await send("anh.jpg", broken), 422, "VALIDATION_FAILED");
        expect(problem.errors).toEqual([expect.objectContaining({ field: "file", code: "UNREADABLE_IMAGE" })]);
      }
      await expectNothingStored();
    });
  });

  describe("PDFs that run something are refused (#26)", () => {
    it("a PDF with an opening view, a web link and a compressed object stream is stored as sent", async () => {
      const pdf = onePagePdf({
        catalog: "/OpenAction[3 0 R/FitH null]",
        page: "/Annots[<</Type/Annot/Subtype/Link/Rect[72 700 300 720]/A<</S/URI/URI(https://dichvucong.gov.vn)>>>>]",
        more: [objectStream(6, ["<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"])],
      });
      const res = await send("to-khai.pdf", pdf);
      expect(res.status).toBe(201);
      expect((await storedBytes(((await res.json()) as Upload).id)).equals(pdf)).toBe(true);
    });

    it.each([
      ["JavaScript run on opening", onePagePdf({ catalog: "/OpenAction 5 0 R", more: ["<</S/JavaScript/JS(app.alert\\(1\\))>>"] }), "JavaScript"],
      [
        "JavaScript on a page event, its name #-escaped",
        onePagePdf({ page: "/AA<</O<</S/J#61va#53cript/JS 5 0 R>>>>", more: [pdfStream("", Buffer.from("app.launchURL('https://attacker.example')"))] }),
        "JavaScript",
      ],
      [
        "a document-level script inside a compressed object stream",
        onePagePdf({ catalog: "/Names 6 0 R", more: [objectStream(6, ["<</JavaScript 7 0 R>>", "<</Names[(x) 8 0 R]>>", "<</S/JavaScript/JS(app.alert\\(1\\))>>"])] }),
        "JavaScript",
      ],
      ["a program launched on opening", onePagePdf({ catalog: "/OpenAction<</S/Launch/Win<</F(cmd.exe)/P(/c calc)>>>>" }), "Launch"],
      [
        "an embedded file",
        onePagePdf({
          catalog: "/Names<</EmbeddedFiles<</Names[(hoa-don.exe) 5 0 R]>>>>",
          more: ["<</Type/Filespec/F(hoa-don.exe)/EF<</F 6 0 R>>>>", pdfStream("/Type/EmbeddedFile", samples.exe)],
        }),
        "EmbeddedFile",
      ],
    ])("%s → 422 PDF_ACTIVE_CONTENT, nothing stored", async (_label, pdf, name) => {
      const problem = await expectProblem(await send("don.pdf", pdf), 422, "PDF_ACTIVE_CONTENT");
      expect(problem.detail).toContain(`/${name}`);
      await expectNothingStored();
    });

    it("an object stream it cannot read (encrypted) is refused rather than waved through", async () => {
      const sealed = pdfStream("/Type/ObjStm/N 1/First 4/Filter/FlateDecode", Buffer.from("c4a1f09e5b7d2e88", "hex"));
      await expectProblem(await send("bi-mat.pdf", onePagePdf({ more: [sealed] })), 422, "PDF_ACTIVE_CONTENT");
      await expectNothingStored();
    });
  });

  describe("Idempotency-Key (#27)", () => {
    const newKey = () => `upload-${randomUUID()}`;
    const keyRows = () => database.db.select().from(idempotencyKey);

    it("a retry of a completed upload under its key gets the same upload (201) and stores nothing new", async () => {
      const key = newKey();
      const photo = await photoJpeg(200, 150);
      const first = await send("cccd-mat-truoc.jpg", photo, { "idempotency-key": key });
      expect(first.status).toBe(201);
      const created = (await first.json()) as Upload;
      for (let i = 0; i < 2; i++) {
        const again = await send("cccd-mat-truoc.jpg", photo, { "idempotency-key": key });
        expect(again.status).toBe(201);
        expect(await again.json()).toEqual(created);
      }
      expect((await rows()).map((r) => r.id)).toEqual([created.id]);
      expect(await h.objectCount()).toBe(1);
      expect(await keyRows()).toEqual([expect.objectContaining({ scope: `citizen:${me.citizenId}:POST /uploads`, key, responseStatus: 201 })]);
      // Without a key every request is a new upload, as before.
      expect((await send("cccd-mat-truoc.jpg", photo)).status).toBe(201);
      expect(await rows()).toHaveLength(2);
    });

    it("another file or name under a used key is 422 IDEMPOTENCY_KEY_REUSED; another citizen's same key is their own", async () => {
      const key = newKey();
      expect((await send("a.pdf", samples.pdf, { "idempotency-key": key })).status).toBe(201);
      await expectProblem(await send("a.pdf", pdfOfSize(2000), { "idempotency-key": key }), 422, "IDEMPOTENCY_KEY_REUSED");
      await expectProblem(await send("b.pdf", samples.pdf, { "idempotency-key": key }), 422, "IDEMPOTENCY_KEY_REUSED");
      const other = await h.signIn();
      const theirs = await post(fileForm("a.pdf", samples.pdf), { "idempotency-key": key }, other.token);
      expect(theirs.status).toBe(201);
      expect(await rows()).toHaveLength(2);
      expect(await h.objectCount()).toBe(2);
    });

    it.each([["short"], ["has spaces and !"], ["x".repeat(256)]])("a malformed key %j is 400, nothing stored", async (key) => {
      await expectProblem(await send("a.pdf", samples.pdf, { "idempotency-key": key }), 400, "BAD_REQUEST");
      await expectNothingStored();
    });

    it("the retry is answered even once that upload filled the day's quota", async () => {
      for (let i = 0; i < h.limits.dailyFiles - 1; i++) expect((await send(`${i}.pdf`, samples.pdf)).status).toBe(201);
      const key = newKey();
      const last = (await (await send("cuoi.pdf", samples.pdf, { "idempotency-key": key })).json()) as Upload;
      const retry = await send("cuoi.pdf", samples.pdf, { "idempotency-key": key });
      expect(retry.status).toBe(201);
      expect(((await retry.json()) as Upload).id).toBe(last.id);
      await expectProblem(await send("moi.pdf", samples.pdf, { "idempotency-key": newKey() }), 422, "QUOTA_EXCEEDED");
      expect(await rows()).toHaveLength(h.limits.dailyFiles);
    });

    it("five concurrent attempts under one key store one upload, and all five get it", async () => {
      const key = newKey();
      const data = pdfOfSize(300_000);
      const results = await Promise.all(Array.from({ length: 5 }, () => send("ho-so.pdf", data, { "idempotency-key": key })));
      expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      const ids = new Set(await Promise.all(results.map(async (r) => ((await r.json()) as Upload).id)));
      expect(ids.size).toBe(1);
      expect((await rows()).map((r) => r.id)).toEqual([...ids]);
      expect(await h.objectCount()).toBe(1);
      await until(async () => (await tempFiles()).length === 0);
    });

    it("an attempt cut off halfway stores nothing and claims no key; its retry under that key is stored once", async () => {
      const key = newKey();
      const form = fileForm("ho-so.pdf", pdfOfSize(1024 * 1024));
      const socket = await openSocket(h.server.url);
      socket.on("error", () => undefined);
      socket.write(
        `POST /api/v1/uploads HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${me.token}\r\nIdempotency-Key: ${key}\r\n` +
          `Content-Type: ${MULTIPART}\r\nContent-Length: ${form.length}\r\n\r\n`,
      );
      socket.write(form.subarray(0, Math.floor(form.length * 0.4)));
      await until(async () => (await tempFiles()).length === 1);
      socket.resetAndDestroy();
      await expectNothingStored();
      expect(await keyRows()).toEqual([]);

      const retried = await post(form, { "idempotency-key": key });
      expect(retried.status).toBe(201);
      const created = (await retried.json()) as Upload;
      const replayed = await post(form, { "idempotency-key": key });
      expect(((await replayed.json()) as Upload).id).toBe(created.id);
      expect(await rows()).toHaveLength(1);
      expect(await h.objectCount()).toBe(1);
    });
  });

  it("a client that vanishes halfway leaves no row, no object and no temp file", async () => {
    const socket = await openSocket(h.server.url);
    const head = Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="half.pdf"\r\n\r\n`);
    socket.write(
      `POST /api/v1/uploads HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${me.token}\r\n` +
        `Content-Type: ${MULTIPART}\r\nContent-Length: ${2 * 1024 * 1024}\r\n\r\n`,
    );
    socket.write(Buffer.concat([head, pdfOfSize(600 * 1024)]));
    await until(async () => (await tempFiles()).length === 1);
    socket.destroy();
    await until(async () => (await tempFiles()).length === 0);
    expect(await rows()).toEqual([]);
    expect(await h.objectCount()).toBe(0);
  });
});

describe("uploads over S3 storage (fake S3, pglite)", () => {
  let database: Database;
  let h: UploadsHarness;
  beforeAll(async () => {
    database = await testDatabase("pglite");
    h = await startUploadsHarness(database, "s3");
  });
  afterAll(() => h.close());

  it("stores the object in the bucket and streams it back", async () => {
    await truncate(database.db, ["upload", "session", "citizen"]);
    const { token } = await h.signIn();
    const data = pdfOfSize(200_000);
    const res = await fetch(`${h.server.url}/api/v1/uploads`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": MULTIPART },
      body: fileForm("hop-dong.pdf", data),
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as Upload;
    const [row] = await database.db.select().from(upload);
    expect(h.s3?.objects.get(row!.storageKey)).toEqual({ body: data, contentType: "application/pdf" });
    const back = await fetch(`${h.server.url}/api/v1/uploads/${created.id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(Buffer.from(await back.arrayBuffer()).equals(data)).toBe(true);
    expect(await readdir(h.storage.tempDir)).toEqual([]);
  });
});

describeWithClamd("virus scanning through a real clamd with a test signature (#26)", () => {
  const clamd = clamdPerSuite();

  describe.each(dbKinds)("%s", (kind) => {
    let database: Database;
    let h: UploadsHarness;
    let token: string;
    beforeAll(async () => {
      database = await testDatabase(kind);
      h = await startUploadsHarness(database, "fs", { clamdUrl: clamd.url });
    });
    afterAll(() => h.close());
    beforeEach(async () => {
      await truncate(database.db, ["idempotency_key", "upload", "session", "citizen"]);
      await h.clearObjects();
      ({ token } = await h.signIn());
    });
    const send = (name: string, data: Buffer) =>
      fetch(`${h.server.url}/api/v1/uploads`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": MULTIPART },
        body: fileForm(name, data),
      });

    it.each([
      ["a PDF carrying EICAR", "hoa-don.pdf", () => onePagePdf({ more: [pdfStream("", EICAR)] })],
      ["a JPEG with EICAR after its image", "anh.jpg", async () => Buffer.concat([await photoJpeg(64, 48), EICAR])],
    ])("%s → 422 MALWARE_DETECTED: no row, no object, no temp file; the signature is logged", async (_label, name, build) => {
      const problem = await expectProblem(await send(name, await build()), 422, "MALWARE_DETECTED");
      expect(problem.detail).not.toContain(clamd.signature);
      expect(await database.db.select().from(upload)).toEqual([]);
      expect(await h.objectCount()).toBe(0);
      await until(async () => (await readdir(h.storage.tempDir)).length === 0);
      expect(h.logLines.some((line) => line.includes("malware detected") && line.includes(clamd.signature))).toBe(true);
    });

    it("the bare EICAR file is no accepted type: 415 before any scan", async () => {
      await expectProblem(await send("eicar.com.pdf", EICAR), 415, "UNSUPPORTED_FILE_TYPE");
    });

    it("clean files pass the scan and are stored", async () => {
      for (const [name, data] of [["to-khai.pdf", onePagePdf()], ["anh.jpg", await photoJpeg(64, 48)]] as const) {
        expect((await send(name, data)).status, name).toBe(201);
      }
      expect(await database.db.select().from(upload)).toHaveLength(2);
    });
  });

  /** A harness of its own on a clamd of its own, which the test may stop. */
  async function withOwnClamd(options: Parameters<typeof startClamd>[0], test: (own: Clamd, h: UploadsHarness, send: (data: Buffer) => Promise<Response>) => Promise<void>) {
    const own = await startClamd(options);
    const database = await testDatabase("pglite");
    await truncate(database.db, ["idempotency_key", "upload", "session", "citizen"]);
    const h = await startUploadsHarness(database, "fs", { clamdUrl: own.url });
    try {
      const { token } = await h.signIn();
      const send = (data: Buffer) =>
        fetch(`${h.server.url}/api/v1/uploads`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": MULTIPART },
          body: fileForm("to-khai.pdf", data),
        });
      await test(own, h, send);
      await until(async () => (await readdir(h.storage.tempDir)).length === 0);
      expect(h.logLines.some((line) => line.includes("malware scanner unavailable"))).toBe(true);
    } finally {
      await h.close();
      await own.stop();
    }
  }

  const expectFailedClosed = async (refused: Response) => {
    await expectProblem(refused, 503, "UPSTREAM_UNAVAILABLE");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  };

  it("with clamd gone, uploads fail closed: 503 UPSTREAM_UNAVAILABLE with Retry-After, nothing stored", async () => {
    await withOwnClamd({}, async (own, h, send) => {
      expect((await send(onePagePdf())).status).toBe(201);
      await own.stop();
      await expectFailedClosed(await send(onePagePdf()));
      expect(await h.objectCount()).toBe(1);
    });
  }, 90_000);

  it("a clamd that answers ERROR (a file over its StreamMaxLength) fails closed the same way", async () => {
    await withOwnClamd({ streamMaxLength: "100K" }, async (_own, h, send) => {
      expect((await send(onePagePdf())).status).toBe(201);
      await expectFailedClosed(await send(pdfOfSize(400_000)));
      expect(await h.objectCount()).toBe(1);
    });
  }, 90_000);
});
