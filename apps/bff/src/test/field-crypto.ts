import { randomBytes } from "node:crypto";
import { createFieldCrypto, type FieldCrypto } from "../crypto/field-crypto.ts";
import { parseKeyring } from "../crypto/keyring.ts";

/** Field encryption under fresh random keys, for tests that build a service without the whole app. */
export function testFieldCrypto(kid = "test1"): FieldCrypto {
  return createFieldCrypto(parseKeyring(`${kid}:${randomBytes(32).toString("base64")}`, randomBytes(32).toString("base64")));
}
