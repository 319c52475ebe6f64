import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import type { Keyring } from "./keyring.ts";

export class FieldCryptoError extends Error {
  override name = "FieldCryptoError";
}
/** Not an envelope this code wrote: wrong shape, version or encoding. */
export class MalformedEnvelopeError extends FieldCryptoError {
  override name = "MalformedEnvelopeError";
}
/** Sealed with a key no longer (or never) in the keyring. */
export class UnknownKeyError extends FieldCryptoError {
  override name = "UnknownKeyError";
  constructor(readonly kid: string) {
    super(`no key with kid ${kid}`);
  }
}
/** GCM refused: the envelope was altered, or it belongs to another row or column (AAD mismatch). */
export class EnvelopeAuthenticationError extends FieldCryptoError {
  override name = "EnvelopeAuthenticationError";
}

export interface FieldCrypto {
  /** `aad` binds the value to its place, e.g. `dossier:<row id>:id_number`. */
  seal(plaintext: string, aad: string): string;
  open(envelope: string, aad: string): string;
  readonly activeKid: string;
  /** Sealed with an older key: the re-seal job should rewrite it. */
  needsReseal(envelope: string): boolean;
  /** Deterministic HMAC for exact-match lookups; leaks equality, so only for fields that need it. */
  blindIndex(value: string): string;
}

/** The AAD every sealed column uses: a value copied to another row or column no longer opens. */
export const fieldAad = (table: string, rowId: string, column: string) => `${table}:${rowId}:${column}`;

const VERSION = "v1";
const ALGORITHM = "aes-256-gcm";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Only the canonical spelling: otherwise two texts differing in padding bits would open alike. */
function decodePart(text: string): Buffer {
  const bytes = BASE64URL.test(text) ? Buffer.from(text, "base64url") : undefined;
  if (!bytes || bytes.toString("base64url") !== text) throw new MalformedEnvelopeError("envelope part is not canonical base64url");
  return bytes;
}

function parseEnvelope(envelope: string) {
  const parts = envelope.split(".");
  if (parts.length !== 5 || parts[0] !== VERSION) throw new MalformedEnvelopeError(`not a ${VERSION} envelope`);
  const [, kid, iv, ct, tag] = parts as [string, string, string, string, string];
  const parsed = { kid, iv: decodePart(iv), ct: decodePart(ct), tag: decodePart(tag) };
  if (!kid || parsed.iv.length !== IV_BYTES || parsed.tag.length !== TAG_BYTES) throw new MalformedEnvelopeError("bad kid, iv or tag length");
  return parsed;
}

/**
 * AES-256-GCM in the application, not pgcrypto, so keys never travel to the database. Envelope:
 * `v1.<kid>.<iv>.<ciphertext>.<tag>`, base64url parts, a fresh 96-bit random IV per value.
 */
export function createFieldCrypto(keyring: Keyring): FieldCrypto {
  const keyOf = (kid: string) => {
    const key = keyring.encryptionKeys.get(kid);
    if (!key) throw new UnknownKeyError(kid);
    return key;
  };
  const activeKey = keyOf(keyring.activeKid);

  return {
    activeKid: keyring.activeKid,
    seal(plaintext, aad) {
      const bytes = Buffer.from(plaintext, "utf8");
      // A lone surrogate would come back as U+FFFD: refuse rather than silently change the value.
      if (bytes.toString("utf8") !== plaintext) throw new TypeError("plaintext is not well-formed UTF-16");
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, activeKey, iv, { authTagLength: TAG_BYTES }).setAAD(Buffer.from(aad, "utf8"));
      const ct = Buffer.concat([cipher.update(bytes), cipher.final()]);
      const parts = [iv, ct, cipher.getAuthTag()].map((b) => b.toString("base64url"));
      return [VERSION, keyring.activeKid, ...parts].join(".");
    },
    open(envelope, aad) {
      const { kid, iv, ct, tag } = parseEnvelope(envelope);
      const decipher = createDecipheriv(ALGORITHM, keyOf(kid), iv, { authTagLength: TAG_BYTES }).setAAD(Buffer.from(aad, "utf8"));
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(ct), decipher.final()]).toString("utf8");
      } catch {
        throw new EnvelopeAuthenticationError("envelope failed authentication (tampered, or opened with the wrong AAD)");
      }
    },
    needsReseal: (envelope) => parseEnvelope(envelope).kid !== keyring.activeKid,
    blindIndex: (value) => createHmac("sha256", keyring.hashKey).update(value, "utf8").digest("base64url"),
  };
}
