import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { memoryLogger } from "./logger.ts";
import { describeFindings, scanForPersonalData } from "./personal-data-scan.ts";

const kinds = (text: string, secrets: string[] = []) => scanForPersonalData(text, secrets).map((f) => f.kind);

describe("personal-data log scan", () => {
  it.each([
    ["a CCCD in a message", '{"msg":"citizen 079203001234 filed"}', "citizen-id"],
    ["a CCCD glued to a word", "cccd079203001234", "citizen-id"],
    ["a local mobile number", '{"phone":"0912345678"}', "phone"],
    ["a mobile number as people type it", "gọi 0912 345 678 nhé", "phone"],
    ["a mobile number with dots", "0912.345.678", "phone"],
    ["a phone in E.164", '{"to":"+84912345678"}', "phone"],
    ["a phone with the country code but no plus", "84912345678", "phone"],
    ["a landline", "0251 3822 123", "phone"],
    ["an authorization header", '{"authorization":"Bearer abcDEF123456789"}', "bearer-token"],
    ["a session token", `{"token":"Aa1${randomBytes(30).toString("base64url")}"}`, "session-token"],
  ])("finds %s", (_, text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it("finds registered secrets verbatim, whatever they look like, and ignores values too short to mean anything", () => {
    const zaloToken = "zalo-access-token-for-the-test";
    expect(kinds(`{"msg":"exchange","accessToken":"${zaloToken}"}`, [zaloToken, "k"])).toEqual(["secret"]);
    expect(kinds('{"k":"k"}', ["k"])).toEqual([]);
  });

  it("does not mistake ids, digests, times, sizes and codes for personal data", () => {
    const uuidWithDigitTail = "3f2a9c1e-4b7d-4e21-9a0c-075190001234";
    const lines = [
      `{"level":"info","time":1767225600000,"requestId":"${randomUUID()}","method":"GET","path":"/api/v1/me/dossiers/${uuidWithDigitTail}","status":200,"ms":3.4}`,
      `{"sha256":"${"0123456789".repeat(6)}abcd","size":912345678,"port":8443}`,
      '{"officialCode":"000.00.00.H23-260515-0001","reference":"HS-AB12-CD34","at":"2026-05-15T02:30:45.123Z"}',
      '{"etag":"W/\\"v12\\"","route":"/api/v1/procedures/1.001193","bytes":10485760}',
      "motcua is running (database: PGlite in /tmp/motcua-bff-AbC123)",
    ];
    const found = scanForPersonalData(lines.join("\n"));
    expect(found, describeFindings(found)).toEqual([]);
  });

  it("reports where, without repeating what it found", () => {
    const [finding] = scanForPersonalData('first line\n{"msg":"citizen 079203001234 filed"}');
    expect(finding).toEqual({ kind: "citizen-id", line: 2, excerpt: '{"msg":"citizen ‹citizen-id› filed"}' });
    expect(describeFindings([finding!])).not.toContain("079203001234");
  });

  it("passes what our logger writes when handed personal data, and catches what it would write without its redaction", () => {
    const { logger, lines } = memoryLogger();
    logger.info({ accessToken: "zalo-access-token-for-the-test", body: { idNumber: "079203001234", phone: "0912345678" } }, "sign-in");
    logger.error({ err: new Error("duplicate key value (id_number)=(079203001234) phone +84 912 345 678") }, "failed");
    expect(scanForPersonalData(lines.join("\n"), ["zalo-access-token-for-the-test"])).toEqual([]);

    const unredacted = JSON.stringify({ accessToken: "zalo-access-token-for-the-test", idNumber: "079203001234", phone: "+84912345678" });
    expect(kinds(unredacted, ["zalo-access-token-for-the-test"]).sort()).toEqual(["citizen-id", "phone", "secret"]);
  });
});
