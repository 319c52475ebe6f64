import { createHash, timingSafeEqual } from "node:crypto";
import { newPublicCode, normalizeCode, normalizePublicCode, randomCode } from "../../lib/public-code.ts";

/** The citizen-visible reference from the moment of filing, e.g. `HS-7K3P-9QX2` (40 random bits). */
export const newReference = (): string => newPublicCode("HS");

/** The receipt's lookup secret: 6 characters, 30 bits, and lookups are rate-limited. */
export function newLookupSecret(): string {
  return randomCode(6);
}

export const normalizeReference = (input: string): string => normalizePublicCode("HS", input);

export function hashLookupSecret(reference: string, secret: string): string {
  return createHash("sha256").update(`${reference}:${normalizeCode(secret).replace(/-/g, "")}`).digest("base64url");
}

export function lookupSecretMatches(reference: string, secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashLookupSecret(reference, secret));
  const b = Buffer.from(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}
