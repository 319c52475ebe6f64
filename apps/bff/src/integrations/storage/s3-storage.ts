import { mkdir } from "node:fs/promises";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { AwsClient } from "aws4fetch";
import { assertStorageKey, ObjectNotFoundError, type ObjectStorage } from "./storage.ts";

export interface S3StorageOptions {
  /** e.g. `https://s3.example.vn`; objects are addressed path-style: `{endpoint}/{bucket}/{key}`. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  tempDir: string;
}

async function failure(res: Response, action: string, key: string): Promise<Error> {
  const text = await res.text().catch(() => "");
  const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1];
  return new Error(`S3 ${action} ${key} failed: HTTP ${res.status}${code ? ` ${code}` : ""}`);
}

/** Any S3-compatible store (AWS, MinIO, Viettel/VNPT/FPT object storage) over signed REST calls. */
export async function createS3Storage(options: S3StorageOptions): Promise<ObjectStorage> {
  await mkdir(options.tempDir, { recursive: true });
  const credentials = { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey, region: options.region, service: "s3" };
  // aws4fetch retries 5xx by re-sending the same request: safe for bodiless calls only.
  const client = new AwsClient({ ...credentials, retries: 2 });
  const once = new AwsClient({ ...credentials, retries: 0 });
  const base = `${options.endpoint.replace(/\/+$/, "")}/${encodeURIComponent(options.bucket)}/`;
  const urlOf = (key: string) => {
    assertStorageKey(key);
    return base + key;
  };

  return {
    tempDir: options.tempDir,
    async put(key, body, size, contentType) {
      // A declared Content-Length makes the upload a single streamed PUT rather than chunked,
      // which S3 would refuse without aws-chunked signing.
      const res = await once.fetch(urlOf(key), {
        method: "PUT",
        headers: { "content-length": String(size), "content-type": contentType },
        body: Readable.toWeb(body) as ReadableStream,
        duplex: "half",
      } as RequestInit);
      if (!res.ok) throw await failure(res, "PUT", key);
      await res.body?.cancel();
    },
    async get(key) {
      const res = await client.fetch(urlOf(key), { method: "GET" });
      if (res.status === 404) {
        await res.body?.cancel();
        throw new ObjectNotFoundError(key);
      }
      if (!res.ok || !res.body) throw await failure(res, "GET", key);
      return Readable.fromWeb(res.body as WebReadableStream);
    },
    async delete(key) {
      const res = await client.fetch(urlOf(key), { method: "DELETE" });
      if (!res.ok && res.status !== 404) throw await failure(res, "DELETE", key);
      await res.body?.cancel();
    },
    async exists(key) {
      const res = await client.fetch(urlOf(key), { method: "HEAD" });
      await res.body?.cancel();
      if (res.status === 404) return false;
      if (!res.ok) throw new Error(`S3 HEAD ${key} failed: HTTP ${res.status}`);
      return true;
    },
  };
}
