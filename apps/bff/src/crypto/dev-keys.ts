import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../config.ts";
import { KeyringError, parseKeyring, type Keyring } from "./keyring.ts";

/** Same spelling as the environment variables, so the file can be copied into an env file. */
export interface DevKeys {
  ID_ENCRYPTION_KEYS: string;
  ID_HASH_KEY: string;
}

export const DEV_KEYS_FILE = "dev-keys.json";

function readDevKeys(file: string): DevKeys {
  const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<DevKeys>;
  if (typeof parsed.ID_ENCRYPTION_KEYS !== "string" || typeof parsed.ID_HASH_KEY !== "string") {
    // Never regenerate over it: the data sealed with these keys would become unreadable.
    throw new KeyringError(`${file} is not a dev key file; fix or delete it together with the data it sealed`);
  }
  return { ID_ENCRYPTION_KEYS: parsed.ID_ENCRYPTION_KEYS, ID_HASH_KEY: parsed.ID_HASH_KEY };
}

/**
 * Random keys made on first use and kept in `${dataDir}/dev-keys.json` (mode 0600), so a local
 * database stays readable across restarts. Written to a temporary file and hard-linked into place:
 * the link fails if another process got there first, and nobody ever reads a half-written file.
 */
export function loadOrCreateDevKeys(dataDir: string): DevKeys {
  const file = join(dataDir, DEV_KEYS_FILE);
  try {
    return readDevKeys(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  mkdirSync(dataDir, { recursive: true });
  const keys: DevKeys = {
    ID_ENCRYPTION_KEYS: `dev1:${randomBytes(32).toString("base64")}`,
    ID_HASH_KEY: randomBytes(32).toString("base64"),
  };
  const temp = `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  writeFileSync(temp, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600, flag: "wx" });
  try {
    linkSync(temp, file);
    return keys;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    return readDevKeys(file);
  } finally {
    unlinkSync(temp);
  }
}

/** Configured keys; outside production, dev keys fill in whatever is not configured. */
export function resolveKeyring(config: Pick<Config, "NODE_ENV" | "DATA_DIR" | "ID_ENCRYPTION_KEYS" | "ID_HASH_KEY">): Keyring {
  const { ID_ENCRYPTION_KEYS: encryptionKeys, ID_HASH_KEY: hashKey } = config;
  if (encryptionKeys && hashKey) return parseKeyring(encryptionKeys, hashKey);
  // loadConfig already refuses this; checked again because a random key in production loses data.
  if (config.NODE_ENV === "production") throw new KeyringError("ID_ENCRYPTION_KEYS and ID_HASH_KEY are required in production");
  const dev = loadOrCreateDevKeys(config.DATA_DIR);
  return parseKeyring(encryptionKeys ?? dev.ID_ENCRYPTION_KEYS, hashKey ?? dev.ID_HASH_KEY);
}
