import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { Readable, Transform, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { AppError } from "../../http/app-error.ts";
import { SNIFF_BYTES } from "./file-kind.ts";

export interface ReceivedFile {
  tempPath: string;
  /** As the client sent it: untrusted, sanitise before use. */
  fileName: string;
  size: number;
  sha256: string;
  /** The first bytes, for sniffing the type without reading the file again. */
  head: Buffer;
}

export interface ReceiveOptions {
  maxBytes: number;
  /** Allowance for boundaries and part headers on top of the file itself. */
  overheadBytes: number;
  tempDir: string;
}

export const tooLarge = (maxBytes: number) =>
  new AppError("PAYLOAD_TOO_LARGE", `Tệp vượt quá dung lượng cho phép (${+(maxBytes / 1024 / 1024).toFixed(1)} MB).`);
const missingFile = () =>
  new AppError("VALIDATION_FAILED", "Chưa chọn tệp để tải lên.", {
    errors: [{ field: "file", code: "REQUIRED", message: "Thiếu tệp trong trường `file`" }],
  });
const interrupted = () => new AppError("BAD_REQUEST", "Tải lên bị gián đoạn hoặc dữ liệu multipart không đúng định dạng.");

/** Counts every body byte, so a chunked body cannot stream endless non-file parts past the limit. */
function byteBudget(limit: number, onExceeded: () => void): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      total += chunk.length;
      if (total > limit) onExceeded();
      else done(null, chunk);
    },
  });
}

interface Tally {
  size: number;
  hash: ReturnType<typeof createHash>;
  head: Buffer[];
  headBytes: number;
}

/** Hashes, measures and keeps the head of the file while it flows to disk. */
function tap(tally: Tally): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      tally.size += chunk.length;
      tally.hash.update(chunk);
      if (tally.headBytes < SNIFF_BYTES) {
        const part = chunk.subarray(0, SNIFF_BYTES - tally.headBytes);
        tally.head.push(part);
        tally.headBytes += part.length;
      }
      done(null, chunk);
    },
  });
}

/**
 * Streams the one `file` part of a multipart body to a temp file, never holding more than a few
 * chunks in memory. Rejects with 413 as soon as the file or the body passes its limit; on any
 * failure (limit, client abort, malformed body) the temp file is gone before the promise settles.
 */
export function receiveUpload(request: Request, opts: ReceiveOptions): Promise<ReceivedFile> {
  if (!request.body) return Promise.reject(missingFile());
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": request.headers.get("content-type") ?? "" },
      defParamCharset: "utf8",
      // busboy reports the limit when a file reaches it, so a file of exactly maxBytes needs one more.
      limits: { files: 1, fileSize: opts.maxBytes + 1, fields: 5, parts: 6, fieldSize: 1024 },
    });
  } catch {
    return Promise.reject(new AppError("BAD_REQUEST", "Thiếu tham số boundary của multipart/form-data."));
  }
  const source = Readable.fromWeb(request.body as WebReadableStream<Uint8Array>);
  const tempPath = join(opts.tempDir, `${randomUUID()}.upload`);

  return new Promise<ReceivedFile>((resolve, reject) => {
    let settled = false;
    let fileStream: Readable | undefined;
    let sink: Writable | undefined;
    let written: Promise<ReceivedFile> | undefined;

    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      // Stop reading but leave the socket alone, so the client still receives our 413.
      source.unpipe();
      source.destroy();
      // With an error: a plain destroy right after busboy's last push can leave pipeline waiting
      // for an 'end' that never comes.
      fileStream?.destroy(err instanceof Error ? err : new Error(String(err)));
      void (async () => {
        await written?.catch(() => undefined);
        // Only once the descriptor is closed can the file no longer reappear after rm.
        if (sink && !sink.closed) await new Promise((done) => sink?.once("close", done));
        await rm(tempPath, { force: true });
        reject(err);
      })();
    };

    parser.on("file", (field, stream, info) => {
      if (field !== "file" || written) {
        stream.resume();
        return;
      }
      fileStream = stream;
      stream.once("limit", () => fail(tooLarge(opts.maxBytes)));
      const tally: Tally = { size: 0, hash: createHash("sha256"), head: [], headBytes: 0 };
      sink = createWriteStream(tempPath, { flags: "wx" });
      written = pipeline(stream, tap(tally), sink).then(() => ({
        tempPath,
        fileName: info.filename ?? "",
        size: tally.size,
        sha256: tally.hash.digest("hex"),
        head: Buffer.concat(tally.head),
      }));
      written.catch(fail);
    });

    request.signal.addEventListener("abort", () => fail(interrupted()), { once: true });
    // Success only once the parser has seen the closing boundary: a body cut short also ends the
    // file part, and that truncated file must not pass for a complete one.
    const budget = byteBudget(opts.maxBytes + opts.overheadBytes, () => fail(tooLarge(opts.maxBytes)));
    pipeline(source, budget, parser).then(
      () => {
        if (!written) return fail(missingFile());
        written.then((file) => {
          if (settled) return;
          settled = true;
          resolve(file);
        }, fail);
      },
      () => fail(interrupted()),
    );
  });
}
