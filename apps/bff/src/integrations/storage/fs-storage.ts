import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { access, mkdir, open, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { assertStorageKey, ObjectNotFoundError, type ObjectStorage } from "./storage.ts";

const isMissing = (err: unknown) => (err as NodeJS.ErrnoException).code === "ENOENT";

/** Objects as files named by their key under `root`; temp files sit in `root/.tmp` so `rename` is atomic. */
export async function createFsStorage(root: string): Promise<ObjectStorage> {
  const tempDir = join(root, ".tmp");
  await mkdir(tempDir, { recursive: true });
  const pathOf = (key: string) => {
    assertStorageKey(key);
    return join(root, key);
  };

  return {
    tempDir,
    async put(key, body, size) {
      const target = pathOf(key);
      const partial = join(tempDir, `${key}.${randomUUID()}.put`);
      try {
        await pipeline(body, createWriteStream(partial, { flags: "wx" }));
        const { size: written } = await stat(partial);
        if (written !== size) throw new Error(`storage put ${key}: expected ${size} bytes, got ${written}`);
        await rename(partial, target);
      } catch (err) {
        await rm(partial, { force: true });
        throw err;
      }
    },
    async get(key) {
      const path = pathOf(key);
      try {
        const handle = await open(path, "r");
        return handle.createReadStream();
      } catch (err) {
        if (isMissing(err)) throw new ObjectNotFoundError(key);
        throw err;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    async exists(key) {
      try {
        await access(pathOf(key));
        return true;
      } catch (err) {
        if (isMissing(err)) return false;
        throw err;
      }
    },
  };
}
