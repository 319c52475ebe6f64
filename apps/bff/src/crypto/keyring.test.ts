import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { KeyringError, parseKeyring } from "./keyring.ts";

const b64 = (bytes: number) => randomBytes(bytes).toString("base64");
const hashKey = b64(32);

describe("parseKeyring", () => {
  it("makes the first key active and keeps all of them for opening", () => {
    const keyring = parseKeyring(` k2026:${b64(32)} , k2025:${b64(32)}`, hashKey);
    expect(keyring.activeKid).toBe("k2026");
    expect([...keyring.encryptionKeys.keys()]).toEqual(["k2026", "k2025"]);
    expect(keyring.hashKey.length).toBe(32);
  });

  it("accepts url-safe base64 and a longer hash key", () => {
    const keyring = parseKeyring(`a_1:${randomBytes(32).toString("base64url")}`, b64(64));
    expect(keyring.encryptionKeys.get("a_1")?.length).toBe(32);
    expect(keyring.hashKey.length).toBe(64);
  });

  const key = b64(32);
  it.each([
    ["empty", "", hashKey],
    ["no kid", key, hashKey],
    ["a kid with a dot", `k.1:${key}`, hashKey],
    ["a 16-byte key", `k1:${b64(16)}`, hashKey],
    ["a 33-byte key", `k1:${b64(33)}`, hashKey],
    ["non-base64 key", `k1:${"!".repeat(44)}`, hashKey],
    ["a duplicate kid", `k1:${key},k1:${b64(32)}`, hashKey],
    ["a short hash key", `k1:${key}`, b64(31)],
    ["the hash key reused as an encryption key", `k1:${key}`, key],
  ])("refuses %s", (_what, keys, hash) => {
    expect(() => parseKeyring(keys, hash)).toThrow(KeyringError);
  });

  it("never echoes key material in its errors", () => {
    const secret = b64(16);
    try {
      parseKeyring(`k1:${secret}`, hashKey);
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).not.toContain(secret);
    }
  });
});
