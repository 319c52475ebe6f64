import { createHash, randomInt, timingSafeEqual } from "node:crypto";

// Crockford base32: no I, L, O or U, so a code read aloud over the phone is not misheard.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function randomCode(length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/** The citizen-visible reference from the moment of filing, e.g. `HS-7K3P-9QX2` (40 random bits). */
export function newReference(): string {
  return `HS-${randomCode(4)}-${randomCode(4)}`;
}

/** The receipt's lookup secret: 6 characters, 30 bits, and lookups are rate-limited. */
export function newLookupSecret(): string {
  return randomCode(6);
}

/** What people type: lower case, spaces, dashes, and the letters Crockford reads as digits. */
export function normalizeCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}

export function normalizeReference(input: string): string {
  const compact = normalizeCode(input).replace(/-/g, "");
  return /^HS[0-9A-Z]{8}$/.test(compact) ? `HS-${compact.slice(2, 6)}-${compact.slice(6)}` : input.trim().toUpperCase();
}

export function hashLookupSecret(reference: string, secret: string): string {
  return createHash("sha256").update(`${reference}:${normalizeCode(secret).replace(/-/g, "")}`).digest("base64url");
}

export function lookupSecretMatches(reference: string, secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashLookupSecret(reference, secret));
  const b = Buffer.from(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}
