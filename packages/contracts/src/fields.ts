import { z } from "zod";
import { isIdNumberFormat, normalizeIdNumber } from "./id-number.ts";
import { normalizeVietnamesePhone } from "./phone.ts";

/** Accepts the forms people type and yields E.164. */
export const PhoneNumber = z
  .string()
  .max(30)
  .transform((v, ctx) => normalizeVietnamesePhone(v) ?? (ctx.addIssue({ code: "custom", message: "Số điện thoại Việt Nam không hợp lệ", params: { en: "Not a valid Vietnamese phone number" } }), z.NEVER));

export const IdNumber = z
  .string()
  .max(30)
  .transform(normalizeIdNumber)
  .refine(isIdNumberFormat, { message: "Số định danh cá nhân (CCCD) gồm đúng 12 chữ số", params: { en: "The citizen ID has exactly 12 digits" } });
