import { z } from "zod";
import { singleLine } from "./text.ts";

/** Two-tier address (no district since 1/7/2025): street, ward/commune, province, by NSO codes. */
export const Address = z.strictObject({
  street: singleLine(200),
  wardCode: z.string().regex(/^\d{5}$/, "Mã phường/xã gồm 5 chữ số"),
  provinceCode: z.string().regex(/^\d{2}$/, "Mã tỉnh/thành phố gồm 2 chữ số"),
});
export type Address = z.infer<typeof Address>;

export const Ward = z.object({
  code: z.string(),
  name: z.string(),
  fullName: z.string(),
  unit: z.string(),
  provinceCode: z.string(),
});
export type Ward = z.infer<typeof Ward>;

export const Province = z.object({ code: z.string(), name: z.string(), fullName: z.string(), unit: z.string() });
export type Province = z.infer<typeof Province>;
