import { createHash, randomUUID } from "node:crypto";
import { insertDossierRow } from "../../test/factories.ts";
import { readdir } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Problem, Upload } from "@motcua/contracts";
import type { Database } from "../../db/client.ts";
import { upload } from "../../db/schema/index.ts";
import { dbKinds, testDatabase, truncate } from "../../test/db.ts";
import {
  BOUNDARY,
  fileForm,
  multipart,
  openSocket,
  pdfOfSize,
  readResponse,
  samples,
  startUploadsHarness,
  type UploadsHarness,
} from "./upload-test-kit.ts";

const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;

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
    await truncate(database.db, ["upload", "session", "citizen"]);
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
  const send = (filename: string, data: Buffer) => post(fileForm(filename, data));
  const rows = () => database.db.select().from(upload);
  const tempFiles = () => readdir(h.storage.tempDir);

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
      expect(body).toMatchObject({ kind: kindName, contentType, size: data.length, displayName: name });
      expect(body.sha256).toBe(createHash("sha256").update(data).digest("hex"));
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
