import { z } from "zod";

// C0/C1 controls (tab and newline allowed only in multi-line text) and bidi overrides/isolates,
// which can make a name display as something else (U+202E).
const CONTROL_SINGLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const CONTROL_MULTI = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function isWellFormed(value: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?:[^\ud800-\udbff]|^)[\udc00-\udfff]/.test(value);
}

function cleanText(max: number, multiline: boolean, min: number) {
  const control = multiline ? CONTROL_MULTI : CONTROL_SINGLE;
  return z
    .string()
    .refine(isWellFormed, { message: "Văn bản chứa ký tự không hợp lệ" })
    .transform((value) => value.normalize("NFC").trim())
    .refine((value) => !control.test(value), { message: "Văn bản chứa ký tự điều khiển không được phép" })
    .refine((value) => value.length >= min, { message: min > 1 ? `Cần ít nhất ${min} ký tự` : "Không được để trống" })
    .refine((value) => value.length <= max, { message: `Tối đa ${max} ký tự` });
}

/** One line of human text: well-formed UTF-16, NFC, trimmed, no control or bidi characters. */
export const singleLine = (max: number, min = 1) => cleanText(max, false, min);
/** Like `singleLine`, but tabs and line breaks are allowed. */
export const multiLine = (max: number, min = 1) => cleanText(max, true, min);
