import { ApiError, type Upload } from "@motcua/contracts";
import type { UploadItem } from "./upload-item.ts";
import { prepareForUpload } from "./image-compression.ts";
import { sendUpload } from "./upload-transport.ts";

/** How an upload reports itself; `null` patches nothing once the item is gone. */
export type PatchItem = (key: string, patch: Partial<UploadItem>) => void;

/** Why an upload failed, for the citizen; `retryable` says whether "Thử lại" can help. */
export interface UploadFailure {
  message: string;
  retryable: boolean;
}

export type DescribeFailure = (error: unknown) => UploadFailure;

interface Pending {
  file: File;
  /** What was (or will be) sent: the compressed photo, small enough to show as a thumbnail. */
  sent: File | null;
  /** One per file: a retry after a lost answer gets the upload the server already stored. */
  idempotencyKey: string;
  controller: AbortController | null;
}

// The bytes of files not yet stored, kept out of the (serialisable) items so a retry can resend them.
const pending = new Map<string, Pending>();
// One file at a time: on 3G parallel uploads only make each slower, and a cheap phone has little
// memory for decoding several 12 MP photos at once.
let chain: Promise<unknown> = Promise.resolve();

function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = chain.then(task, task);
  chain = run.catch(() => undefined);
  return run;
}

/** Retrying helps for the network, a busy server and a lost session; not for a refused file. */
export function isRetryableUpload(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.status === 0 || error.status === 401 || error.status === 408 || error.status === 429 || error.status >= 500;
}

async function run(key: string, patch: PatchItem, describe: DescribeFailure): Promise<Upload | null> {
  const entry = pending.get(key);
  if (!entry) return null;
  const controller = new AbortController();
  entry.controller = controller;
  try {
    patch(key, { status: "compressing", progress: 0, error: undefined, retryable: undefined });
    // A retry resends the very bytes of the first attempt, as its Idempotency-Key promises.
    let prepared = entry.sent;
    if (!prepared) {
      try {
        prepared = await prepareForUpload(entry.file, { signal: controller.signal });
      } catch (err) {
        if (controller.signal.aborted) throw err;
        // An image the phone cannot decode still goes up as it is; the server decides from the bytes.
        prepared = entry.file;
      }
      entry.sent = prepared;
    }
    patch(key, { status: "uploading", size: prepared.size, progress: 0 });
    const upload = await sendUpload(prepared, {
      signal: controller.signal,
      idempotencyKey: entry.idempotencyKey,
      onProgress: (progress) => patch(key, { progress }),
    });
    patch(key, { status: "done", progress: 1, size: upload.size, upload });
    return upload;
  } catch (err) {
    if (controller.signal.aborted) return null;
    const failure = describe(err);
    patch(key, { status: "failed", error: failure.message, retryable: failure.retryable });
    return null;
  } finally {
    entry.controller = null;
  }
}

/** Queues a new file; progress and the outcome arrive through `patch`. */
export function enqueueUpload(key: string, file: File, patch: PatchItem, describe: DescribeFailure): Promise<Upload | null> {
  pending.set(key, { file, sent: null, idempotencyKey: crypto.randomUUID(), controller: null });
  return serially(() => run(key, patch, describe));
}

/** Sends a failed file again (same bytes, same item). False when the bytes are gone (the app was closed). */
export function retryUpload(key: string, patch: PatchItem, describe: DescribeFailure): boolean {
  if (!pending.has(key)) return false;
  patch(key, { status: "queued", progress: 0, error: undefined, retryable: undefined });
  void serially(() => run(key, patch, describe));
  return true;
}

/** Stops an upload in flight (or waiting) and forgets its bytes. */
export function cancelUpload(key: string): void {
  pending.get(key)?.controller?.abort();
  pending.delete(key);
}

/** The photo as sent, while this visit still holds it: a thumbnail without decoding a 12 MP original. */
export function thumbnailSource(key: string): File | undefined {
  const sent = pending.get(key)?.sent;
  return sent && sent.type.startsWith("image/") && !/heic|heif/i.test(sent.type) ? sent : undefined;
}
