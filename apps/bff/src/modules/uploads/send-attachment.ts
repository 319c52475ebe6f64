import { Readable } from "node:stream";
import type { Context } from "hono";
import { attachmentDisposition } from "./content-disposition.ts";
import type { UploadRow } from "./uploads.repo.ts";

/**
 * Streams a stored file with the defensive headers every download gets, for citizens and officers
 * alike: always an attachment, never sniffed, rendered, cached or scripted.
 */
export function sendAttachment(c: Context, upload: UploadRow, body: Readable): Response {
  c.header("Content-Type", upload.contentType);
  c.header("Content-Length", String(upload.size));
  c.header("Content-Disposition", attachmentDisposition(upload.displayName));
  c.header("X-Content-Type-Options", "nosniff");
  c.header("Cache-Control", "private, no-store");
  c.header("Content-Security-Policy", "default-src 'none'; sandbox");
  return c.body(Readable.toWeb(body) as ReadableStream, 200);
}
