export interface Keyring {
  /** Seals every new value. */
  readonly activeKid: string;
  /** Every key still able to open old values, the active one included. */
  readonly encryptionKeys: ReadonlyMap<string, Buffer>;
  /** For the blind index only; never one of the encryption keys. */
  readonly hashKey: Buffer;
}

/** Messages name a kid or a position, never key material. */
export class KeyringError extends Error {
  override name = "KeyringError";
}

const KEY_BYTES = 32;
const MIN_HASH_KEY_BYTES = 32;
// The kid is written into every envelope, between dots: keep it short and dot-free.
const KID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

function decodeBase64(value: string, what: string): Buffer {
  if (!BASE64.test(value)) throw new KeyringError(`${what} is not base64`);
  return Buffer.from(value, "base64");
}

/**
 * `encryptionKeys` is "kid1:base64key,kid2:base64key" (the first seals, all open); `hashKey` is
 * base64. Refuses anything malformed so a typo cannot start a server that writes unreadable data.
 */
export function parseKeyring(encryptionKeys: string, hashKey: string): Keyring {
  const keys = new Map<string, Buffer>();
  const entries = encryptionKeys.split(",").map((s) => s.trim()).filter(Boolean);
  entries.forEach((entry, i) => {
    const colon = entry.indexOf(":");
    const kid = colon < 0 ? "" : entry.slice(0, colon).trim();
    if (!KID.test(kid)) throw new KeyringError(`ID_ENCRYPTION_KEYS entry ${i + 1}: expected kid:base64key with a kid of [A-Za-z0-9_-]{1,32}`);
    if (keys.has(kid)) throw new KeyringError(`ID_ENCRYPTION_KEYS: kid ${kid} appears twice`);
    const key = decodeBase64(entry.slice(colon + 1).trim(), `ID_ENCRYPTION_KEYS key ${kid}`);
    if (key.length !== KEY_BYTES) throw new KeyringError(`ID_ENCRYPTION_KEYS key ${kid}: must be ${KEY_BYTES} bytes, got ${key.length}`);
    keys.set(kid, key);
  });
  const [activeKid] = keys.keys();
  if (activeKid === undefined) throw new KeyringError("ID_ENCRYPTION_KEYS has no key");

  const hash = decodeBase64(hashKey.trim(), "ID_HASH_KEY");
  if (hash.length < MIN_HASH_KEY_BYTES) throw new KeyringError(`ID_HASH_KEY: must be at least ${MIN_HASH_KEY_BYTES} bytes, got ${hash.length}`);
  if ([...keys.values()].some((key) => key.equals(hash))) throw new KeyringError("ID_HASH_KEY must differ from every encryption key");

  return { activeKid, encryptionKeys: keys, hashKey: hash };
}
