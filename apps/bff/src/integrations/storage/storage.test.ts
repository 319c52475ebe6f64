import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeS3, type FakeS3 } from "../../test/fake-s3.ts";
import { createFsStorage } from "./fs-storage.ts";
import { createS3Storage } from "./s3-storage.ts";
import { ObjectNotFoundError, type ObjectStorage } from "./storage.ts";

/** A body that delivers some bytes and then fails, like a client vanishing mid-transfer. */
function failingBody(): Readable {
  return new Readable({
    read() {
      this.push(Buffer.alloc(64 * 1024, 1));
      setImmediate(() => this.destroy(new Error("client went away")));
    },
  });
}

describe.each(["fs", "s3"] as const)("%s object storage", (kind) => {
  let dir: string;
  let s3: FakeS3 | undefined;
  let storage: ObjectStorage;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "motcua-storage-"));
    if (kind === "fs") {
      storage = await createFsStorage(join(dir, "uploads"));
    } else {
      s3 = await startFakeS3();
      storage = await createS3Storage({ ...s3, tempDir: join(dir, "tmp") });
    }
  });
  afterAll(async () => {
    await s3?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("stores, reads back, reports and deletes an object", async () => {
    const key = randomUUID();
    const body = "Giấy khai sinh — bản sao";
    expect(await storage.exists(key)).toBe(false);
    await storage.put(key, Readable.from([Buffer.from(body)]), Buffer.byteLength(body), "application/pdf");
    expect(await storage.exists(key)).toBe(true);
    expect(await text(await storage.get(key))).toBe(body);
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    await storage.delete(key);
  });

  it("rejects a missing object with ObjectNotFoundError", async () => {
    await expect(storage.get(randomUUID())).rejects.toBeInstanceOf(ObjectNotFoundError);
  });

  it("never exposes a half-written object", async () => {
    const key = randomUUID();
    await expect(storage.put(key, failingBody(), 1024 * 1024, "application/pdf")).rejects.toThrow();
    expect(await storage.exists(key)).toBe(false);
    expect(await readdir(storage.tempDir)).toEqual([]);
    if (s3) expect(s3.objects.has(key)).toBe(false);
  });

  it("refuses keys that are not uuids", async () => {
    await expect(storage.get("../../etc/passwd")).rejects.toThrow(/invalid storage key/);
    await expect(storage.exists(".tmp")).rejects.toThrow(/invalid storage key/);
  });
});

describe("S3 storage against the fake S3", () => {
  let s3: FakeS3;
  let dir: string;
  beforeAll(async () => {
    s3 = await startFakeS3();
    dir = await mkdtemp(join(tmpdir(), "motcua-s3-"));
  });
  afterAll(async () => {
    await s3.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("streams the PUT with a Content-Length, signed, under {bucket}/{key}", async () => {
    const storage = await createS3Storage({ ...s3, tempDir: dir });
    const key = randomUUID();
    const body = Buffer.alloc(300 * 1024, 7);
    await storage.put(key, Readable.from([body.subarray(0, 1000), body.subarray(1000)]), body.length, "image/png");
    const put = s3.requests.find((r) => r.method === "PUT" && r.path === `/${s3.bucket}/${key}`);
    expect(put?.headers["content-length"]).toBe(String(body.length));
    expect(put?.headers["transfer-encoding"]).toBeUndefined();
    expect(put?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAFAKES3TEST\//);
    expect(s3.objects.get(key)).toEqual({ body, contentType: "image/png" });
  });

  it("fails clearly with the wrong secret, and the fake refuses unsigned requests", async () => {
    const storage = await createS3Storage({ ...s3, secretAccessKey: "wrong", tempDir: dir });
    await expect(storage.exists(randomUUID())).rejects.toThrow(/HTTP 403/);
    await expect(storage.get(randomUUID())).rejects.toThrow(/S3 GET .* HTTP 403 SignatureDoesNotMatch/);
    const unsigned = await fetch(`${s3.endpoint}/${s3.bucket}/${randomUUID()}`, { method: "PUT", body: "x" });
    expect(unsigned.status).toBe(403);
    const noPayloadHash = await fetch(`${s3.endpoint}/${s3.bucket}/${randomUUID()}`, {
      headers: { authorization: `AWS4-HMAC-SHA256 Credential=${s3.accessKeyId}/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=${"0".repeat(64)}` },
    });
    expect(noPayloadHash.status).toBe(403);
  });
});
