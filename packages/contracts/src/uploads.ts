import { z } from "zod";

/** The only kinds of file a citizen may attach; decided from the bytes, never from the name. */
export const UploadKind = z.enum(["pdf", "jpeg", "png", "heic"]);
export type UploadKind = z.infer<typeof UploadKind>;

export const Upload = z.object({
  id: z.uuid(),
  kind: UploadKind,
  /** The sniffed media type, also sent as `Content-Type` when the file is downloaded. */
  contentType: z.string(),
  size: z.number().int().positive(),
  /** Hex SHA-256 of the stored bytes, so the client can confirm what arrived. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The sanitised original name, for display only; the file is stored under a random key. */
  displayName: z.string().min(1).max(120),
  /** Deleted after this instant unless a dossier attaches it first. */
  expiresAt: z.iso.datetime(),
});
export type Upload = z.infer<typeof Upload>;
