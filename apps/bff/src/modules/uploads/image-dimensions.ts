import { open } from "node:fs/promises";
import { imageSize } from "image-size";

/**
 * The largest photo taken as is: above today's 108-megapixel phone cameras, far below a pixel flood
 * (a few kilobytes that declare 30,000 × 30,000 and crash whatever decodes them — the officer's
 * browser, a thumbnailer).
 */
export const MAX_IMAGE_PIXELS = 120_000_000;

/** JPEG metadata can push the frame header past the first segments; a megabyte covers real photos. */
const HEADER_WINDOW_BYTES = 1024 * 1024;

/** Width and height from the image's own header, without decoding it; null when it cannot be read. */
export async function readImageDimensions(path: string): Promise<{ width: number; height: number } | null> {
  const file = await open(path, "r");
  try {
    const buffer = Buffer.alloc(HEADER_WINDOW_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEADER_WINDOW_BYTES, 0);
    const { width, height } = imageSize(buffer.subarray(0, bytesRead));
    return width && height ? { width, height } : null;
  } catch {
    return null;
  } finally {
    await file.close();
  }
}
