import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldVietnamese } from "./fold.ts";

describe("foldVietnamese", () => {
  it.each([
    ["Đăng Ký", "dang ky"],
    ["ĐĂNG KÝ KHAI SINH", "dang ky khai sinh"],
    ["Đ", "d"],
    ["đ", "d"],
    ["Ð", "d"], // U+00D0, emitted for Đ by legacy encodings
    ["ư Ư ơ Ơ", "u u o o"],
    ["ự ừ ờ ở ẫ ỹ ặ", "u u o o a y a"],
    ["Trợ cấp hưu trí xã hội", "tro cap huu tri xa hoi"],
    ["Nguyễn Thị Ánh Tuyết", "nguyen thi anh tuyet"],
    ["  Cấp   lại, thẻ căn-cước!! ", "cap lai the can cuoc"],
    ["1.001193.000.00.00.H19", "1 001193 000 00 00 h19"],
    ["ＣＣＣＤ", "cccd"],
    ["QSDĐ", "qsdd"],
    ["", ""],
    ["!!! ... ---", ""],
    ["🙂 khai 🙂 sinh", "khai sinh"],
    ["\uD800khai\uDFFF", "khai"],
    ["\u0000tab\tnew\nline", "tab new line"],
  ])("folds %j to %j", (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it("folds combining (NFD) and precomposed (NFC) input alike", () => {
    const nfc = "Đăng ký kết hôn có yếu tố nước ngoài".normalize("NFC");
    const nfd = nfc.normalize("NFD");
    expect(nfd).not.toBe(nfc);
    expect(foldVietnamese(nfd)).toBe("dang ky ket hon co yeu to nuoc ngoai");
    expect(foldVietnamese(nfc)).toBe(foldVietnamese(nfd));
  });

  it("folds every precomposed Latin letter as the general Unicode path does", () => {
    // A trailing combining mark sends the text down the normalizing path; the mark itself folds away.
    for (const [first, last] of [
      [0x20, 0x24f],
      [0x1e00, 0x1eff],
    ] as const) {
      for (let code = first; code <= last; code++) {
        const letter = String.fromCharCode(code);
        expect(foldVietnamese(letter), `U+${code.toString(16)}`).toBe(foldVietnamese(`${letter}\u0301`));
      }
    }
  });

  it("folds NFC and NFD spellings of any Vietnamese text alike", () => {
    const letters = fc.constantFrom(..."aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ ,.-");
    const text = fc.array(fc.oneof(letters, letters.map((letter) => letter.toUpperCase())), { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (value) => {
        expect(foldVietnamese(value.normalize("NFC"))).toBe(foldVietnamese(value.normalize("NFD")));
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it("always yields single-spaced, trimmed, lower-case words and is idempotent", () => {
    const words = /^(?:[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*)?$/u;
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })), (text) => {
        const folded = foldVietnamese(text);
        expect(folded).toMatch(words);
        expect(folded).toBe(folded.toLowerCase());
        expect(foldVietnamese(folded)).toBe(folded);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
