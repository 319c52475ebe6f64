import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEV_KEYS_FILE, loadOrCreateDevKeys, resolveKeyring } from "./dev-keys.ts";
import { createFieldCrypto, fieldAad } from "./field-crypto.ts";
import { KeyringError } from "./keyring.ts";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "motcua-keys-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const devConfig = (DATA_DIR: string) => ({ NODE_ENV: "development" as const, DATA_DIR, ID_ENCRYPTION_KEYS: undefined, ID_HASH_KEY: undefined });

describe("development keys", () => {
  it("are generated once, kept with mode 0600, and reused by the next start", () => {
    const dir = join(tempDir(), "nested", "data");
    const first = loadOrCreateDevKeys(dir);
    const file = join(dir, DEV_KEYS_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadOrCreateDevKeys(dir)).toEqual(first);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(first);

    // A value sealed before a "restart" opens after it.
    const aad = fieldAad("dossier", "r1", "id_number");
    const sealed = createFieldCrypto(resolveKeyring(devConfig(dir))).seal("075095001234", aad);
    expect(createFieldCrypto(resolveKeyring(devConfig(dir))).open(sealed, aad)).toBe("075095001234");
  });

  it("differ between data directories", () => {
    expect(loadOrCreateDevKeys(tempDir())).not.toEqual(loadOrCreateDevKeys(tempDir()));
  });

  it("leave a configured key alone and fill in only the missing one", () => {
    const dir = tempDir();
    const ID_HASH_KEY = Buffer.alloc(32, 7).toString("base64");
    const keyring = resolveKeyring({ ...devConfig(dir), ID_HASH_KEY });
    expect(keyring.hashKey.equals(Buffer.alloc(32, 7))).toBe(true);
    expect(keyring.activeKid).toBe("dev1");
  });

  it("are never made in production", () => {
    const dir = tempDir();
    expect(() => resolveKeyring({ ...devConfig(dir), NODE_ENV: "production" })).toThrow(KeyringError);
    expect(() => statSync(join(dir, DEV_KEYS_FILE))).toThrow(/ENOENT/);
  });

  it("refuse to overwrite a damaged key file", () => {
    const dir = tempDir();
    writeFileSync(join(dir, DEV_KEYS_FILE), JSON.stringify({ hello: "world" }));
    expect(() => loadOrCreateDevKeys(dir)).toThrow(KeyringError);
    expect(readFileSync(join(dir, DEV_KEYS_FILE), "utf8")).toBe(JSON.stringify({ hello: "world" }));
  });

  it("use configured keys as they are, without touching the data directory", () => {
    const dir = tempDir();
    const keyring = resolveKeyring({
      NODE_ENV: "production",
      DATA_DIR: dir,
      ID_ENCRYPTION_KEYS: `prod1:${Buffer.alloc(32, 1).toString("base64")}`,
      ID_HASH_KEY: Buffer.alloc(32, 2).toString("base64"),
    });
    expect(keyring.activeKid).toBe("prod1");
    expect(() => statSync(join(dir, DEV_KEYS_FILE))).toThrow(/ENOENT/);
  });
});
