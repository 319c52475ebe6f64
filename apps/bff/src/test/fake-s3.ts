import { createHash } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { AwsV4Signer } from "aws4fetch";

export interface FakeS3Object {
  body: Buffer;
  contentType: string;
}

export interface FakeS3 {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Objects by key, for asserting what actually reached the store. */
  objects: Map<string, FakeS3Object>;
  /** Every request as received, so tests can check framing (Content-Length vs chunked). */
  requests: Array<{ method: string; path: string; headers: IncomingHttpHeaders }>;
  close(): Promise<void>;
}

const AUTH = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=[0-9a-f]{64}$/;

function xmlError(res: ServerResponse, status: number, code: string) {
  res.writeHead(status, { "content-type": "application/xml" });
  res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code></Error>`);
}

/** Recomputes the SigV4 signature over the headers the client said it signed. */
async function signatureMatches(method: string, path: string, headers: IncomingHttpHeaders, secret: string): Promise<boolean> {
  const auth = headers.authorization ?? "";
  const [, accessKeyId, , region, signed] = AUTH.exec(auth) ?? [];
  if (!accessKeyId || !region || !signed) return false;
  const names = signed.split(";").filter((h) => h !== "host");
  const signer = new AwsV4Signer({
    method,
    url: `http://${headers.host}${path}`,
    headers: Object.fromEntries(names.map((h) => [h, String(headers[h] ?? "")])),
    accessKeyId,
    secretAccessKey: secret,
    region,
    service: "s3",
    datetime: String(headers["x-amz-date"] ?? ""),
  });
  return (await signer.authHeader()) === auth;
}

/**
 * A tiny in-memory S3 (path-style PUT/GET/HEAD/DELETE) that checks SigV4 like the real one, so the
 * S3 storage is tested over real HTTP. Objects appear only once their whole body has arrived.
 */
export function startFakeS3(opts: { bucket?: string; accessKeyId?: string; secretAccessKey?: string } = {}): Promise<FakeS3> {
  const bucket = opts.bucket ?? "motcua-test";
  const accessKeyId = opts.accessKeyId ?? "AKIAFAKES3TEST";
  const secretAccessKey = opts.secretAccessKey ?? "fake-secret-key";
  const objects = new Map<string, FakeS3Object>();
  const requests: FakeS3["requests"] = [];

  const server = createServer(async (req, res) => {
    const method = req.method ?? "GET";
    const path = req.url ?? "/";
    requests.push({ method, path, headers: req.headers });
    const auth = AUTH.exec(req.headers.authorization ?? "");
    const contentSha = req.headers["x-amz-content-sha256"];
    if (!auth || auth[1] !== accessKeyId || typeof contentSha !== "string") return xmlError(res, 403, "AccessDenied");
    if (!(await signatureMatches(method, path, req.headers, secretAccessKey))) return xmlError(res, 403, "SignatureDoesNotMatch");
    const match = /^\/([^/]+)\/([^/?]+)$/.exec(path);
    if (!match || match[1] !== bucket) return xmlError(res, 404, "NoSuchBucket");
    const key = decodeURIComponent(match[2] ?? "");

    if (method === "PUT") {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const body = Buffer.concat(chunks);
        if (contentSha !== "UNSIGNED-PAYLOAD" && createHash("sha256").update(body).digest("hex") !== contentSha) {
          return xmlError(res, 400, "XAmzContentSHA256Mismatch");
        }
        objects.set(key, { body, contentType: req.headers["content-type"] ?? "binary/octet-stream" });
        res.writeHead(200, { etag: `"${createHash("md5").update(body).digest("hex")}"` }).end();
      });
      return;
    }
    const object = objects.get(key);
    if (method === "DELETE") {
      objects.delete(key);
      return res.writeHead(204).end();
    }
    if (method !== "GET" && method !== "HEAD") return xmlError(res, 405, "MethodNotAllowed");
    if (!object) return method === "HEAD" ? res.writeHead(404).end() : xmlError(res, 404, "NoSuchKey");
    res.writeHead(200, { "content-type": object.contentType, "content-length": object.body.length });
    res.end(method === "GET" ? object.body : undefined);
  });

  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        endpoint: `http://127.0.0.1:${port}`,
        bucket,
        region: "us-east-1",
        accessKeyId,
        secretAccessKey,
        objects,
        requests,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
