import { randomInt } from "node:crypto";

// Crockford base32: no I, L, O or U, so a code read aloud over the phone is not misheard.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export function randomCode(length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/** A citizen-visible code such as `HS-7K3P-9QX2`: a two-letter prefix and 40 random bits. */
export function newPublicCode(prefix: string): string {
  return `${prefix}-${randomCode(4)}-${randomCode(4)}`;
}

/** What people type: lower case, spaces, and the letters Crockford reads as digits. */
export function normalizeCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}

/**
 * What people type or a scanner reads (lower case, spaces or no dashes, O for 0) back to the stored
 * form. The prefix is matched as written: Crockford folding would turn the L of `LH` into a 1.
 */
export function normalizePublicCode(prefix: string, input: string): string {
  const compact = input.trim().toUpperCase().replace(/[\s-]/g, "");
  const body = compact.startsWith(prefix) ? normalizeCode(compact.slice(prefix.length)) : "";
  return /^[0-9A-Z]{8}$/.test(body) ? `${prefix}-${body.slice(0, 4)}-${body.slice(4)}` : input.trim().toUpperCase();
}
