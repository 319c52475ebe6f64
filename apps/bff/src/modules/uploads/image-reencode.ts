import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import sharp, { type OutputInfo } from "sharp";
import { AppError } from "../../http/app-error.ts";
import { MAX_IMAGE_PIXELS } from "./image-dimensions.ts";

export interface ReencodedImage {
  size: number;
  sha256: string;
}

/** Phone photos of documents stay legible at this quality and shrink to about a third of the original. */
const JPEG_QUALITY = 85;

// Each upload is decoded once: libvips' operation cache would only hold memory and temp-file handles.
sharp.cache(false);

/**
 * Re-encodes run on libuv's four threads, which every file read and write also needs; two at a time
 * leave room for them and bound the decoded pixels held in memory.
 */
const MAX_CONCURRENT = 2;
let running = 0;
const waiting: Array<() => void> = [];

async function withSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

const unreadable = () =>
  new AppError("VALIDATION_FAILED", "Không đọc được ảnh (tệp hỏng hoặc chưa tải hết). Hãy chụp hoặc chọn lại ảnh.", {
    errors: [{ field: "file", code: "UNREADABLE_IMAGE", message: "Ảnh bị hỏng, không giải mã được" }],
  });

/**
 * Decodes the JPEG or PNG at `input` and writes a fresh encoding to `output`: turned upright by its
 * EXIF orientation, then with no metadata at all (EXIF, GPS, XMP, ICC, comments) and nothing after
 * the image data, so a trailing script or a polyglot does not survive. What it returns describes
 * the new file. Callers check the pixel count from the header first; the decoder's own limit is the
 * same, in case a header lied.
 */
export function reencodeImage(input: string, output: string, kind: "jpeg" | "png"): Promise<ReencodedImage> {
  return withSlot(async () => {
    const image = sharp(input, { failOn: "warning", limitInputPixels: MAX_IMAGE_PIXELS, autoOrient: true });
    let info: OutputInfo;
    try {
      if (kind === "jpeg") {
        info = await image.jpeg({ quality: JPEG_QUALITY }).toFile(output);
      } else {
        // A palette scan stays a palette: as truecolour it would triple in size.
        const { isPalette } = await image.metadata();
        info = await image.png(isPalette ? { palette: true } : {}).toFile(output);
      }
    } catch {
      throw unreadable();
    }
    return { size: info.size, sha256: await sha256Of(output) };
  });
}
