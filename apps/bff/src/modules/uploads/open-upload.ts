import type { Readable } from "node:stream";
import type { AppError } from "../../http/app-error.ts";
import { ObjectNotFoundError, type ObjectStorage } from "../../integrations/storage/storage.ts";
import type { UploadRow } from "./uploads.repo.ts";

/**
 * An upload's row with its stored bytes, for sending as an attachment. A missing row or a missing
 * object (the store lost it, or the sweeper took it meanwhile) is the same `missing` error, never a 500.
 */
export async function openUpload(storage: ObjectStorage, upload: UploadRow | undefined, missing: () => AppError): Promise<{ upload: UploadRow; body: Readable }> {
  if (!upload) throw missing();
  try {
    return { upload, body: await storage.get(upload.storageKey) };
  } catch (err) {
    if (err instanceof ObjectNotFoundError) throw missing();
    throw err;
  }
}
