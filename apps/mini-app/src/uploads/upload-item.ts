import type { FileKind, Upload } from "@motcua/contracts";

/**
 * One file in an upload field. The list is plain data (no File objects), so a screen can keep it in
 * its state and save the finished ones in a draft; the bytes of files still in flight live in the
 * upload queue's memory, keyed by `key`.
 */
export interface UploadItem {
  /** Local id, unique for the life of the item. */
  key: string;
  /** The name the citizen sees (the original file name). */
  name: string;
  /** Bytes: the original size first, the size actually sent once known. */
  size: number;
  status: "queued" | "compressing" | "uploading" | "done" | "failed";
  /** 0–1, while uploading. */
  progress: number;
  /** The server's record once stored. */
  upload?: Upload;
  /** Why it failed, in the language shown when it failed. */
  error?: string;
  /** False when trying the same file again cannot help (wrong type, too large): choose another. */
  retryable?: boolean;
}

export const isBusy = (item: UploadItem): boolean => item.status === "queued" || item.status === "compressing" || item.status === "uploading";

/** The server deletes an unattached upload after `expiresAt`; a draft resumed later must send it again. */
export function isExpired(item: UploadItem, now: Date = new Date()): boolean {
  return item.status === "done" && !!item.upload && Date.parse(item.upload.expiresAt) <= now.getTime();
}

/** Stored on the server and not yet expired: what a submission may attach. */
export const isUsable = (item: UploadItem, now?: Date): boolean => item.status === "done" && !!item.upload && !isExpired(item, now);

/** What a draft keeps: only finished uploads survive closing the app (the bytes of the rest do not). */
export const persistable = (items: readonly UploadItem[]): UploadItem[] => items.filter((item) => item.status === "done" && item.upload);

/** The server's upload ids, in order, for a submission or a supplement. */
export const uploadIds = (items: readonly UploadItem[], now?: Date): string[] =>
  items.filter((item) => isUsable(item, now)).map((item) => item.upload!.id);

const MIME_OF: Record<FileKind, string> = {
  pdf: "application/pdf",
  jpeg: "image/jpeg",
  png: "image/png",
  heic: "image/heic",
};

/** The `accept` attribute for a gallery/file picker; images are offered whenever any image kind is. */
export function acceptAttribute(kinds: readonly FileKind[]): string {
  const parts = kinds.map((kind) => MIME_OF[kind]);
  if (kinds.some((kind) => kind !== "pdf")) parts.push("image/*");
  if (kinds.includes("pdf")) parts.push(".pdf");
  return [...new Set(parts)].join(",");
}

export const acceptsImages = (kinds: readonly FileKind[]): boolean => kinds.some((kind) => kind !== "pdf");

/** "0,8 MB" / "350 KB", Vietnamese decimal comma; English uses a point. */
export function formatBytes(bytes: number, language: "vi" | "en"): string {
  const mb = bytes / (1024 * 1024);
  const text = mb >= 1 ? `${mb.toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return language === "vi" ? text.replace(".", ",") : text;
}
