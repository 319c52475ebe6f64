import type { Readable } from "node:stream";

/** Where uploaded files live: a local directory in development, an S3-compatible bucket in production. */
export interface ObjectStorage {
  /**
   * A local directory for bytes still arriving. It is on local disk even for S3, so a slow client
   * never holds an object-store request open; the sweeper removes what aborted uploads leave.
   */
  readonly tempDir: string;
  /** Stores exactly `size` bytes; the object becomes visible only once complete. */
  put(key: string, body: Readable, size: number, contentType: string): Promise<void>;
  /** Rejects with `ObjectNotFoundError` when there is no such object. */
  get(key: string): Promise<Readable>;
  /** Succeeds when the object is already gone. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

export class ObjectNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`storage object ${key} does not exist`);
    this.name = "ObjectNotFoundError";
  }
}

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Keys are uuids we generated; anything else is a bug, refused before it can touch a path or URL. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`invalid storage key ${JSON.stringify(key)}`);
}
