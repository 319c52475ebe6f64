import { z } from "zod";
import type { FieldError } from "./problem.ts";

type Issue = z.core.$ZodIssue;

const englishDefault = z.locales.en().localeError;

function englishOf(issue: Issue): string | undefined {
  const result = typeof englishDefault === "function" ? englishDefault(issue as never) : undefined;
  return typeof result === "string" ? result : result?.message;
}

function bounds(issue: Issue & { origin?: string }, limit: unknown, small: boolean): { vi: string; en: string } {
  const n = String(limit);
  switch (issue.origin) {
    case "string":
      return small ? { vi: `Cần ít nhất ${n} ký tự`, en: `At least ${n} characters` } : { vi: `Tối đa ${n} ký tự`, en: `At most ${n} characters` };
    case "array":
    case "set":
      return small ? { vi: `Cần ít nhất ${n} mục`, en: `At least ${n} items` } : { vi: `Tối đa ${n} mục`, en: `At most ${n} items` };
    default:
      return small ? { vi: `Không nhỏ hơn ${n}`, en: `Must be at least ${n}` } : { vi: `Không lớn hơn ${n}`, en: `Must be at most ${n}` };
  }
}

/** Plain Vietnamese and English for zod's own issues; our schemas' messages are kept as written. */
function wording(issue: Issue): { code: string; vi: string; en: string } {
  switch (issue.code) {
    case "invalid_type":
      return /undefined/.test(issue.message) || /undefined/.test(englishOf(issue) ?? "")
        ? { code: "REQUIRED", vi: "Không được để trống", en: "Required" }
        : { code: "INVALID_TYPE", vi: "Sai kiểu dữ liệu", en: "Wrong type" };
    case "too_small":
      return { code: "TOO_SMALL", ...bounds(issue, issue.minimum, true) };
    case "too_big":
      return { code: "TOO_BIG", ...bounds(issue, issue.maximum, false) };
    case "invalid_format":
      return { code: "INVALID_FORMAT", vi: "Không đúng định dạng", en: "Invalid format" };
    case "invalid_value":
    case "invalid_union":
      return { code: "INVALID_VALUE", vi: "Giá trị không được chấp nhận", en: "Value not allowed" };
    default:
      return { code: issue.code.toUpperCase(), vi: "Giá trị không hợp lệ", en: "Invalid value" };
  }
}

/**
 * Field errors for a zod failure, the same on the server and in the mini app: `field` is the dotted
 * path (with `prefix`), `code` is stable, messages come in Vietnamese and English.
 */
export function issuesToFieldErrors(issues: readonly Issue[], prefix = ""): FieldError[] {
  const join = (path: readonly PropertyKey[]) => [prefix, ...path.map(String)].filter(Boolean).join(".");
  return issues.flatMap((issue): FieldError[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        field: join([...issue.path, key]),
        code: "UNKNOWN_FIELD",
        message: "Trường này không được phép",
        messageEn: "Unknown field",
      }));
    }
    const standard = wording(issue);
    const custom = issue.code === "custom" || issue.message !== englishOf(issue);
    const en = (issue as { params?: { en?: unknown } }).params?.en;
    return [
      {
        field: join(issue.path),
        code: issue.code === "custom" ? "INVALID" : standard.code,
        message: custom ? issue.message : standard.vi,
        messageEn: typeof en === "string" ? en : standard.en,
      },
    ];
  });
}
