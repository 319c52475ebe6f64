import { open, type FileHandle } from "node:fs/promises";
import { constants, createInflate } from "node:zlib";

/**
 * Names that make a PDF do something when opened or clicked, rather than show something: script
 * actions (the `/S /JavaScript` every JavaScript action carries, and the document-level
 * `/JavaScript` name tree, wherever `/OpenAction` or `/AA` point from), launching programs, embedded
 * files, Flash and XFA forms (which carry their own scripts). `/URI` links and plain `/OpenAction`
 * views are fine.
 */
const ACTIVE = new Set(["JavaScript", "Launch", "EmbeddedFile", "EmbeddedFiles", "RichMedia", "XFA"]);

export type PdfVerdict = { ok: true } | { ok: false; reason: "active-content"; name: string } | { ok: false; reason: "uninspectable" };

const CHUNK = 64 * 1024;
/** Longer than any ACTIVE name fully #-escaped, and than a stream's dictionary normally is. */
const CARRY = 1024;
/** Decompressed bytes read across all streams of one file; a zip bomb stops here. */
const INFLATE_BUDGET = 256 * 1024 * 1024;

const NAME = /\/([^\x00\t\n\f\r ()<>[\]{}/%]*)/g;
// The keyword after a dictionary's `>>` (or whitespace), not "endstream" or a word such as "upstream".
const STREAM = /(?<=[\s>])stream(?:\r\n|\n)/g;
const OBJECT_HEADER = /\d+\s+\d+\s+obj\b/g;

const decodeName = (raw: string) => raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Finds ACTIVE names in text that arrives in pieces; a name cut at a piece's end is judged with the next piece. */
class NameScanner {
  private carry = "";
  found: string | undefined;

  push(text: string, final = false): void {
    const buffer = this.carry + text;
    for (const match of buffer.matchAll(NAME)) {
      if (!final && match.index + match[0].length === buffer.length) continue;
      const name = decodeName(match[1] ?? "");
      if (ACTIVE.has(name)) this.found ??= name;
    }
    this.carry = buffer.slice(-CARRY);
  }
}

interface StreamStart {
  /** Where the stream's data begins. */
  offset: number;
  /** The dictionary says image (and not object stream): pixels, never objects, so not inflated. */
  image: boolean;
  /** An object stream, or a stream whose dictionary was too far back to read: it may hold objects. */
  mayHoldObjects: boolean;
}

function describeStream(dictionary: string, offset: number): StreamStart {
  const headers = [...dictionary.matchAll(OBJECT_HEADER)];
  const last = headers.at(-1);
  const own = last ? dictionary.slice(last.index + last[0].length) : undefined;
  // A header followed by another stream or object's end belongs to an earlier object.
  if (own === undefined || /endobj|stream/.test(own)) return { offset, image: false, mayHoldObjects: true };
  const names = new Set([...own.matchAll(NAME)].map((m) => decodeName(m[1] ?? "")));
  const objectStream = names.has("ObjStm");
  return { offset, image: names.has("Image") && !objectStream, mayHoldObjects: objectStream };
}

const isZlibHeader = (a: number, b: number) => (a & 0x0f) === 8 && ((a << 8) | b) % 31 === 0;

/** Inflates one stream from its first byte until the zlib data ends (a Length that lies does not matter), scanning the text. */
async function scanInflated(file: FileHandle, start: number, size: number, budget: { left: number }): Promise<string | "over-budget" | undefined> {
  const scanner = new NameScanner();
  const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
  let overBudget = false;
  inflate.on("data", (chunk: Buffer) => {
    budget.left -= chunk.length;
    if (budget.left >= 0) return scanner.push(chunk.toString("latin1"));
    overBudget = true;
    inflate.destroy();
  });
  // Corrupt data ends the stream for us as it would for a reader; what came before was scanned.
  inflate.on("error", () => undefined);
  let ended = false;
  const done = new Promise<void>((resolve) => inflate.once("end", resolve).once("close", resolve)).then(() => {
    ended = true;
  });
  for (let position = start; !ended && position < size; position += CHUNK) {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(CHUNK), 0, CHUNK, position);
    if (!inflate.write(buffer.subarray(0, bytesRead))) await Promise.race([new Promise((r) => inflate.once("drain", r)), done]);
  }
  inflate.end();
  await done;
  inflate.destroy();
  if (overBudget) return "over-budget";
  scanner.push("", true);
  return scanner.found;
}

/**
 * Whether a PDF carries active content, read in chunks so memory stays flat whatever its size. Names
 * are compared after `#xx` unescaping, in the raw bytes and inside every zlib-compressed stream
 * (object streams hide dictionaries from a raw scan). An object stream that is not plain zlib
 * (encrypted, or an exotic filter) cannot be checked and says so.
 */
export async function inspectPdf(path: string): Promise<PdfVerdict> {
  const file = await open(path, "r");
  try {
    const { size } = await file.stat();
    const raw = new NameScanner();
    const streams: StreamStart[] = [];
    let carry = "";
    for (let position = 0; position < size; position += CHUNK) {
      const { buffer, bytesRead } = await file.read(Buffer.alloc(CHUNK), 0, CHUNK, position);
      const text = buffer.toString("latin1", 0, bytesRead);
      raw.push(text);
      const window = carry + text;
      const base = position - carry.length;
      for (const match of window.matchAll(STREAM)) {
        const offset = base + match.index + match[0].length;
        if (offset > (streams.at(-1)?.offset ?? -1)) streams.push(describeStream(window.slice(Math.max(0, match.index - CARRY), match.index), offset));
      }
      carry = window.slice(-CARRY);
    }
    raw.push("", true);
    if (raw.found) return { ok: false, reason: "active-content", name: raw.found };

    const budget = { left: INFLATE_BUDGET };
    const head = Buffer.alloc(2);
    for (const stream of streams) {
      if (stream.image) continue;
      const { bytesRead } = await file.read(head, 0, 2, stream.offset);
      if (bytesRead < 2 || !isZlibHeader(head[0]!, head[1]!)) {
        if (stream.mayHoldObjects) return { ok: false, reason: "uninspectable" };
        continue;
      }
      const found = await scanInflated(file, stream.offset, size, budget);
      if (found === "over-budget") return { ok: false, reason: "uninspectable" };
      if (found) return { ok: false, reason: "active-content", name: found };
    }
    return { ok: true };
  } finally {
    await file.close();
  }
}
