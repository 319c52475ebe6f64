import { describe, expect, it } from "vitest";
import { REDACTED, redactPersonalData } from "./redact.ts";

describe("redactPersonalData", () => {
  it("masks phone numbers written the ways people write them, citizen IDs and e-mail addresses", () => {
    expect(redactPersonalData("Gọi tôi 0912 345 678 nhé")).toBe(`Gọi tôi ${REDACTED} nhé`);
    expect(redactPersonalData("SĐT +84.912.345.678.")).toBe(`SĐT ${REDACTED}.`);
    expect(redactPersonalData("CCCD 079123456789, email an.nguyen@gmail.com")).toBe(`CCCD ${REDACTED}, email ${REDACTED}`);
  });

  it("leaves dates, times, money and procedure codes alone", () => {
    const text = "Ngày 12/03/2026 lúc 08:30 tôi nộp 50.000 đồng cho thủ tục 1.001193 tại quầy số 5.";
    expect(redactPersonalData(text)).toBe(text);
  });
});
