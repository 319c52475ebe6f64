// The library's worker loads its own script by URL; by default from a CDN, which neither Zalo's
// webview nor an offline test may reach. This ships the same file with the app.
import compressionLibUrl from "browser-image-compression/dist/browser-image-compression.js?url";

/** A 12 MP phone photo leaves the phone as at most this, still readable as a document. */
export const PHOTO_MAX_BYTES = 1024 * 1024;
export const PHOTO_LONG_EDGE_PX = 2000;

/** Android Chromium cannot decode HEIC; the server accepts it as it is. */
const PASS_THROUGH = /^image\/(heic|heif)$/i;

const jpegName = (name: string): string => `${name.replace(/\.[^./\\]+$/, "") || "anh"}.jpg`;

export interface PrepareOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

/**
 * The file as it should be sent: photos resized to a 2000 px long edge and re-encoded as JPEG under
 * 1 MB (on 3G a raw 4–6 MB photo takes minutes); PDFs, HEIC and small images go as they are. The
 * name ends in .jpg after re-encoding, because the server refuses a name that contradicts the bytes.
 */
export async function prepareForUpload(file: File, options: PrepareOptions = {}): Promise<File> {
  if (!file.type.startsWith("image/") || PASS_THROUGH.test(file.type)) return file;
  if (file.size <= PHOTO_MAX_BYTES && (file.type === "image/jpeg" || file.type === "image/png")) return file;
  // Loaded on the first photo: most visits never pick one.
  const { default: imageCompression } = await import("browser-image-compression");
  const compressed = await imageCompression(file, {
    maxSizeMB: PHOTO_MAX_BYTES / (1024 * 1024),
    maxWidthOrHeight: PHOTO_LONG_EDGE_PX,
    fileType: "image/jpeg",
    initialQuality: 0.85,
    useWebWorker: true,
    libURL: new URL(compressionLibUrl, document.baseURI).href,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: (percent: number) => options.onProgress?.(percent / 100) } : {}),
  });
  return new File([compressed], jpegName(file.name), { type: "image/jpeg", lastModified: file.lastModified });
}
