import { describe, expect, it } from "vitest";
import { memoryLogger } from "./test/logger.ts";
import { scrub } from "./logger.ts";

describe("logger", () => {
  it("never prints tokens, phone numbers or citizen IDs", () => {
    const { logger, lines } = memoryLogger();
    logger.info({ accessToken: "zalo-secret", body: { idNumber: "079203001234", phone: "0912345678" } }, "sign-in");
    logger.error({ err: new Error('duplicate key value (id_number)=(079203001234) phone 0912 345 678') }, "failed");
    const output = lines.join("\n");
    expect(output).not.toContain("zalo-secret");
    expect(output).not.toContain("079203001234");
    expect(output).not.toMatch(/0912 ?345 ?678/);
  });

  it("scrubs 12-digit IDs and Vietnamese phone numbers in free text", () => {
    expect(scrub("id 079203001234 and +84912345678 and 0251 3822 123")).toBe(
      "id [redacted-id] and [redacted-phone] and [redacted-phone]",
    );
    expect(scrub("cccd079203001234, +84 912 345 678, 84.912.345.678")).toBe("cccd[redacted-id], [redacted-phone], [redacted-phone]");
  });
});
