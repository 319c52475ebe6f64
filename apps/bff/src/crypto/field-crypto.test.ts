import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFieldCrypto, EnvelopeAuthenticationError, fieldAad, MalformedEnvelopeError, UnknownKeyError } from "./field-crypto.ts";
import { parseKeyring } from "./keyring.ts";

const b64 = () => randomBytes(32).toString("base64");
const oldKey = `k1:${b64()}`;
const newKey = `k2:${b64()}`;
const hashKey = b64();
const crypto = createFieldCrypto(parseKeyring(oldKey, hashKey));
const aad = fieldAad("dossier", "5a0c6f0e-1d5b-4f7e-9a57-2b8f3f1c0d11", "id_number");
const ID = "075095001234";
const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Flips one bit of one decoded envelope part and re-encodes it canonically. */
function flipBit(envelope: string, part: 2 | 3 | 4, byte = 0): string {
  const parts = envelope.split(".");
  const bytes = Buffer.from(parts[part]!, "base64url");
  bytes[byte] = bytes[byte]! ^ 0x01;
  parts[part] = bytes.toString("base64url");
  return parts.join(".");
}

describe("field crypto", () => {
  it("round-trips and writes a v1 envelope with a fresh IV each time", () => {
    const a = crypto.seal(ID, aad);
    const b = crypto.seal(ID, aad);
    expect(a).toMatch(/^v1\.k1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}$/);
    expect(a).not.toBe(b);
    expect(crypto.open(a, aad)).toBe(ID);
    expect(crypto.open(b, aad)).toBe(ID);
    expect(crypto.open(crypto.seal("", aad), aad)).toBe("");
    expect(crypto.open(crypto.seal("Nguyễn Văn A 👩‍👩‍👧", aad), aad)).toBe("Nguyễn Văn A 👩‍👩‍👧");
  });

  it.each([
    ["iv", 2],
    ["ciphertext", 3],
    ["tag", 4],
  ] as const)("refuses a bit flip in the %s", (_what, part) => {
    const sealed = crypto.seal(ID, aad);
    expect(() => crypto.open(flipBit(sealed, part), aad)).toThrow(EnvelopeAuthenticationError);
    expect(() => crypto.open(flipBit(sealed, part, 5), aad)).toThrow(EnvelopeAuthenticationError);
  });

  it("refuses an envelope moved to another row or column (AAD)", () => {
    const sealed = crypto.seal(ID, aad);
    expect(() => crypto.open(sealed, fieldAad("dossier", "6b1d7f1f-2e6c-4a8f-8b68-3c9f4a2d1e22", "id_number"))).toThrow(
      EnvelopeAuthenticationError,
    );
    expect(() => crypto.open(sealed, fieldAad("dossier", "5a0c6f0e-1d5b-4f7e-9a57-2b8f3f1c0d11", "phone"))).toThrow(EnvelopeAuthenticationError);
  });

  it("refuses an envelope sealed under the same kid with a different key", () => {
    const impostor = createFieldCrypto(parseKeyring(`k1:${b64()}`, hashKey));
    expect(() => crypto.open(impostor.seal(ID, aad), aad)).toThrow(EnvelopeAuthenticationError);
  });

  it("refuses an unknown kid", () => {
    const other = createFieldCrypto(parseKeyring(`k9:${b64()}`, hashKey));
    const err = (() => {
      try {
        crypto.open(other.seal(ID, aad), aad);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(UnknownKeyError);
    expect((err as UnknownKeyError).kid).toBe("k9");
  });

  it.each([
    ["not an envelope", "075095001234"],
    ["a wrong version", (s: string) => s.replace(/^v1/, "v2")],
    ["a missing part", (s: string) => s.split(".").slice(0, 4).join(".")],
    ["an extra part", (s: string) => `${s}.AA`],
    ["a short tag", (s: string) => s.replace(/\.[^.]+$/, ".AAAA")],
    ["standard base64 characters", (s: string) => s.replace(/\.([^.]{4})/, ".+/+/")],
    // The tag's last character carries 2 data bits and 4 padding bits: setting one pads differently.
    ["non-canonical padding bits", (s: string) => s.replace(/.$/, (ch) => B64URL[B64URL.indexOf(ch) ^ 1]!)],
  ])("calls %s malformed", (_what, mangle) => {
    const sealed = crypto.seal(ID, aad);
    const bad = typeof mangle === "string" ? mangle : mangle(sealed);
    expect(bad).not.toBe(sealed);
    expect(() => crypto.open(bad, aad)).toThrow(MalformedEnvelopeError);
  });

  it("refuses ill-formed UTF-16 instead of sealing a different value", () => {
    expect(() => crypto.seal("\ud800", aad)).toThrow(TypeError);
  });

  it("keeps opening old values after a new key becomes active, and flags them for re-sealing", () => {
    const oldSealed = crypto.seal(ID, aad);
    const rotated = createFieldCrypto(parseKeyring(`${newKey},${oldKey}`, hashKey));
    expect(rotated.activeKid).toBe("k2");
    expect(rotated.open(oldSealed, aad)).toBe(ID);
    expect(rotated.needsReseal(oldSealed)).toBe(true);

    const newSealed = rotated.seal(ID, aad);
    expect(newSealed.startsWith("v1.k2.")).toBe(true);
    expect(rotated.needsReseal(newSealed)).toBe(false);
    expect(() => crypto.open(newSealed, aad)).toThrow(UnknownKeyError);

    const retired = createFieldCrypto(parseKeyring(newKey, hashKey));
    expect(retired.open(newSealed, aad)).toBe(ID);
    expect(() => retired.open(oldSealed, aad)).toThrow(UnknownKeyError);
    expect(() => retired.needsReseal("garbage")).toThrow(MalformedEnvelopeError);
  });

  it("round-trips arbitrary text and AAD (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), fc.string({ unit: "binary", maxLength: 80 }), (plaintext, anyAad) => {
        const sealed = crypto.seal(plaintext, anyAad);
        expect(crypto.open(sealed, anyAad)).toBe(plaintext);
        expect(() => crypto.open(sealed, `${anyAad}x`)).toThrow(EnvelopeAuthenticationError);
      }),
      { seed: 20260701, numRuns: 300 },
    );
  });

  it("derives a stable blind index from the hash key only", () => {
    const index = crypto.blindIndex(ID);
    expect(index).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(crypto.blindIndex(ID)).toBe(index);
    expect(crypto.blindIndex("075095001235")).not.toBe(index);
    expect(createFieldCrypto(parseKeyring(newKey, hashKey)).blindIndex(ID)).toBe(index);
    expect(createFieldCrypto(parseKeyring(oldKey, b64())).blindIndex(ID)).not.toBe(index);
    expect(index).not.toContain(ID);
  });
});
