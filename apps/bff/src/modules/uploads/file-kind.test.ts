import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./content-disposition.ts";
import { displayNameFor, extensionContradicts, sanitiseFileName, sniffType } from "./file-kind.ts";
import { samples } from "./upload-test-kit.ts";

describe("sniffType", () => {
  it.each([
    ["jpeg", samples.jpeg, "image/jpeg"],
    ["png", samples.png, "image/png"],
    ["pdf", samples.pdf, "application/pdf"],
    ["heic", samples.heic, "image/heic"],
  ] as const)("recognises %s", async (kind, bytes, contentType) => {
    expect(await sniffType(bytes)).toMatchObject({ kind, contentType });
  });

  it.each(Object.entries({ html: samples.html, svg: samples.svg, exe: samples.exe, zip: samples.zip, text: samples.text, empty: Buffer.alloc(0) }))(
    "refuses %s",
    async (_name, bytes) => {
      expect(await sniffType(bytes)).toBeUndefined();
    },
  );
});

describe("extensionContradicts", () => {
  it.each([
    ["a.pdf", "png", true],
    ["a.JPG", "jpeg", false],
    ["a.jpeg", "png", true],
    ["a.heif", "heic", false],
    ["a.docx", "pdf", false],
    ["noext", "pdf", false],
  ] as const)("%s holding %s → %s", (name, kind, expected) => {
    expect(extensionContradicts(name, kind)).toBe(expected);
  });
});

describe("sanitiseFileName", () => {
  it.each([
    ["../../x", "x"],
    ["C:\\Users\\An\\Desktop\\cccd.jpg", "cccd.jpg"],
    ["a\r\nb.pdf", "ab.pdf"],
    ["a.pdf\u0000.js", "a.pdf.js"],
    ["invoice\u202Efdp.exe", "invoicefdp.exe"],
    ["\u2066x\u2069\u200B.png", "x.png"],
    ["  ..hidden.pdf. ", "hidden.pdf"],
    ['a<b>:"c"|?*.pdf', "a_b___c____.pdf"],
    ["lone\uD800surrogate.pdf", "lonesurrogate.pdf"],
    ["", "tai-lieu"],
    ["...", "tai-lieu"],
  ])("%j → %j", (raw, expected) => {
    expect(sanitiseFileName(raw)).toBe(expected);
  });

  it("keeps Vietnamese letters and stores them composed (NFC)", () => {
    const decomposed = "Giấy chứng nhận Đăng ký.pdf".normalize("NFD");
    expect(sanitiseFileName(decomposed)).toBe("Giấy chứng nhận Đăng ký.pdf".normalize("NFC"));
  });

  it("caps at 120 characters, keeping the extension and whole characters", () => {
    const name = sanitiseFileName(`${"ệ".repeat(300)}.heic`);
    expect(name).toHaveLength(120);
    expect(name.endsWith("ệ.heic")).toBe(true);
    const emoji = sanitiseFileName(`${"📄".repeat(100)}.pdf`);
    expect(emoji.length).toBeLessThanOrEqual(120);
    expect(emoji).toBe(`${"📄".repeat(58)}.pdf`);
  });
});

describe("displayNameFor", () => {
  it("adds the sniffed extension when the name carries a foreign one", async () => {
    const pdf = (await sniffType(samples.pdf))!;
    expect(displayNameFor("to-khai.pdf", pdf)).toBe("to-khai.pdf");
    expect(displayNameFor("to-khai.js", pdf)).toBe("to-khai.js.pdf");
    expect(displayNameFor("to-khai", pdf)).toBe("to-khai.pdf");
    expect(displayNameFor("x".repeat(200), pdf)).toBe(`${"x".repeat(116)}.pdf`);
  });
});

describe("attachmentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    expect(attachmentDisposition("Đơn xin cấp phép (bản 2).pdf")).toBe(
      "attachment; filename=\"Don xin cap phep (ban 2).pdf\"; filename*=UTF-8''%C4%90%C6%A1n%20xin%20c%E1%BA%A5p%20ph%C3%A9p%20%28b%E1%BA%A3n%202%29.pdf",
    );
  });

  it("cannot be broken out of", () => {
    const header = attachmentDisposition('a";\\ 100%.pdf');
    expect(header).toBe("attachment; filename=\"a_;_ 100_.pdf\"; filename*=UTF-8''a%22%3B%5C%20100%25.pdf");
    expect(header).not.toMatch(/[\r\n]/);
  });
});
