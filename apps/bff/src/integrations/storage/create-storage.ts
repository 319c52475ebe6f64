import { join } from "node:path";
import type { Config } from "../../config.ts";
import { createFsStorage } from "./fs-storage.ts";
import { createS3Storage } from "./s3-storage.ts";
import type { ObjectStorage } from "./storage.ts";

type StorageConfig = Pick<
  Config,
  "STORAGE" | "DATA_DIR" | "S3_ENDPOINT" | "S3_BUCKET" | "S3_REGION" | "S3_ACCESS_KEY_ID" | "S3_SECRET_ACCESS_KEY"
>;

/** The configured store; `loadConfig` has already required the S3 settings when STORAGE=s3. */
export function createStorage(config: StorageConfig): Promise<ObjectStorage> {
  if (config.STORAGE === "fs") return createFsStorage(join(config.DATA_DIR, "uploads"));
  const { S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = config;
  if (!S3_ENDPOINT || !S3_BUCKET || !S3_ACCESS_KEY_ID || !S3_SECRET_ACCESS_KEY) {
    throw new Error("STORAGE=s3 needs S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY");
  }
  return createS3Storage({
    endpoint: S3_ENDPOINT,
    bucket: S3_BUCKET,
    region: config.S3_REGION,
    accessKeyId: S3_ACCESS_KEY_ID,
    secretAccessKey: S3_SECRET_ACCESS_KEY,
    tempDir: join(config.DATA_DIR, "upload-tmp"),
  });
}
