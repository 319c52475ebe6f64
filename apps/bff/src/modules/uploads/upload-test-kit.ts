import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { citizen } from "../../db/schema/index.ts";
import type { Database } from "../../db/client.ts";
import { createFsStorage } from "../../integrations/storage/fs-storage.ts";
import { createS3Storage } from "../../integrations/storage/s3-storage.ts";
import type { ObjectStorage } from "../../integrations/storage/storage.ts";
import { startFakeS3, type FakeS3 } from "../../test/fake-s3.ts";
import { startTestServer, type TestServer } from "../../test/http-server.ts";
import { memoryLogger } from "../../test/logger.ts";
import { mountForTest } from "../../test/module-app.ts";
import { createSessionService } from "../identity/session.service.ts";
import { createUploadsService, type UploadLimits } from "./uploads.service.ts";
import { uploadsRoutes } from "./uploads.routes.ts";

/** The smallest byte sequences file-type recognises as each kind. */
export const samples = {
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]),
  png: Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000049454e44ae426082", "hex"),
  pdf: Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"),
  heic: Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypheic"), Buffer.from([0, 0, 0, 0]), Buffer.from("mif1heic")]),
  html: Buffer.from("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"),
  svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>'),
  exe: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(126, 0x90)]),
  zip: Buffer.from("504b030414000000080000000000000000000000000000000000080000006d696d6574797065", "hex"),
  text: Buffer.from("Họ và tên: Nguyễn Văn A\n"),
};

export const pdfOfSize = (bytes: number) => Buffer.concat([samples.pdf, Buffer.alloc(Math.max(0, bytes - samples.pdf.length), 0x20)]);

export interface Part {
  name: string;
  /** Written verbatim into the part header, so tests can send what browsers never would. */
  disposition?: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

export const BOUNDARY = "----motcua-test-boundary-7d1f";

export function multipart(parts: Part[], boundary = BOUNDARY): Buffer {
  const chunks = parts.flatMap((p) => {
    const disposition = p.disposition ?? `form-data; name="${p.name}"${p.filename === undefined ? "" : `; filename="${p.filename}"`}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.contentType ? `Content-Type: ${p.contentType}\r\n` : ""}\r\n`;
    return [Buffer.from(head), p.data, Buffer.from("\r\n")];
  });
  return Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]);
}

export const fileForm = (filename: string, data: Buffer, contentType = "application/octet-stream") =>
  multipart([{ name: "file", filename, contentType, data }]);

export interface RawResponse {
  status: number;
  head: string;
  body: string;
}

/** Reads one HTTP/1.1 response off a raw socket (Content-Length framed, as all our problems are). */
export function readResponse(socket: Socket): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let data = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
      const end = data.indexOf("\r\n\r\n");
      if (end < 0) return;
      const head = data.subarray(0, end).toString("latin1");
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
      if (data.length < end + 4 + length) return;
      socket.off("data", onData);
      resolve({ status: Number(head.split(" ")[1]), head, body: data.subarray(end + 4, end + 4 + length).toString("utf8") });
    };
    socket.on("data", onData);
    socket.once("error", reject);
    socket.once("close", () => reject(new Error(`socket closed before a full response: ${data.toString("latin1").slice(0, 200)}`)));
  });
}

export function openSocket(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve(socket));
    socket.once("error", reject);
  });
}

export interface UploadsHarness {
  server: TestServer;
  storage: ObjectStorage;
  /** The directory objects live in (fs) or null for S3. */
  objectDir: string | null;
  s3: FakeS3 | null;
  limits: UploadLimits;
  clock: { now: Date };
  signIn(): Promise<{ citizenId: string; token: string }>;
  objectCount(): Promise<number>;
  clearObjects(): Promise<void>;
  close(): Promise<void>;
}

export const testLimits: UploadLimits = { maxBytes: 3 * 1024 * 1024, dailyFiles: 4, dailyBytes: 6 * 1024 * 1024, ttlHours: 24 };

/** The uploads router on a real socket, with real storage under a throw-away directory. */
export async function startUploadsHarness(database: Database, storageKind: "fs" | "s3" = "fs"): Promise<UploadsHarness> {
  const dir = await mkdtemp(join(tmpdir(), "motcua-uploads-"));
  const s3 = storageKind === "s3" ? await startFakeS3() : null;
  const objectDir = s3 ? null : join(dir, "uploads");
  const storage = s3 ? await createS3Storage({ ...s3, tempDir: join(dir, "tmp") }) : await createFsStorage(objectDir as string);
  const clock = { now: new Date() };
  const sessions = createSessionService({ db: database.db, ttlMinutes: 60 });
  const uploads = createUploadsService({ db: database.db, storage, limits: testLimits, now: () => clock.now });
  const { logger } = memoryLogger();
  const server = await startTestServer(mountForTest(uploadsRoutes({ uploads, sessions }), logger));
  return {
    server,
    storage,
    objectDir,
    s3,
    limits: testLimits,
    clock,
    async signIn() {
      const [row] = await database.db.insert(citizen).values({ zaloId: `zalo-${randomUUID()}`, name: "Nguyễn Văn A" }).returning();
      const citizenId = row!.id;
      return { citizenId, token: (await sessions.issue("citizen", citizenId)).token };
    },
    async objectCount() {
      if (s3) return s3.objects.size;
      return (await readdir(objectDir as string)).filter((name) => name !== ".tmp").length;
    },
    async clearObjects() {
      if (s3) return s3.objects.clear();
      for (const name of await readdir(objectDir as string)) if (name !== ".tmp") await rm(join(objectDir as string, name));
    },
    async close() {
      await server.close();
      await s3?.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
