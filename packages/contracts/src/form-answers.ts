import { z } from "zod";
import type { FormField } from "./catalog.ts";
import { IdNumber, PhoneNumber } from "./fields.ts";
import { Address } from "./address.ts";
import { multiLine, singleLine } from "./text.ts";

function withLength(schema: z.ZodType<string>, field: FormField, fallbackMax: number) {
  const max = field.maxLength ?? fallbackMax;
  const min = field.minLength ?? (field.required ? 1 : 0);
  let s = schema.refine((v) => v.length <= max, { message: `Tối đa ${max} ký tự` });
  if (min > 0) s = s.refine((v) => v.length >= min, { message: min > 1 ? `Cần ít nhất ${min} ký tự` : "Không được để trống" });
  if (field.pattern) {
    const re = new RegExp(`^(?:${field.pattern})$`, "u");
    s = s.refine((v) => v === "" || re.test(v), { message: "Không đúng định dạng" });
  }
  return s;
}

/** The value schema one form field implies, the same in the mini app (as you type) and on the server. */
export function fieldSchema(field: FormField): z.ZodType {
  switch (field.type) {
    case "text":
      return withLength(singleLine(field.maxLength ?? 500, 0), field, 500);
    case "textarea":
      return withLength(multiLine(field.maxLength ?? 5000, 0), field, 5000);
    case "number": {
      let n = z.number({ message: "Cần nhập một số" }).finite();
      if (field.min !== null) n = n.min(field.min, { message: `Không nhỏ hơn ${field.min}` });
      if (field.max !== null) n = n.max(field.max, { message: `Không lớn hơn ${field.max}` });
      return n;
    }
    case "date":
      return z.iso.date({ message: "Ngày không hợp lệ (YYYY-MM-DD)" });
    case "select": {
      const values = (field.options ?? []).map((o) => o.value);
      return z.string().refine((v) => values.includes(v), { message: "Lựa chọn không có trong danh sách" });
    }
    case "checkbox":
      return field.required ? z.literal(true, { message: "Cần xác nhận mục này" }) : z.boolean();
    case "phone":
      return PhoneNumber;
    case "email":
      return z.email({ message: "Thư điện tử không hợp lệ" }).max(200);
    case "id_number":
      return IdNumber;
    case "address":
      return Address;
  }
}

const built = new WeakMap<readonly FormField[], z.ZodType<Record<string, unknown>>>();

/**
 * A strict object schema for a procedure's answers: required fields must be present, optional ones
 * may be absent or empty, and keys the form does not define are refused. Built once per field list
 * (a procedure version's form never changes): building zod schemas costs milliseconds.
 */
export function answersSchema(fields: readonly FormField[]): z.ZodType<Record<string, unknown>> {
  let schema = built.get(fields);
  if (!schema) {
    schema = buildAnswersSchema(fields);
    built.set(fields, schema);
  }
  return schema;
}

function buildAnswersSchema(fields: readonly FormField[]): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const schema = fieldSchema(field);
    shape[field.key] = field.required
      ? schema
      : z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());
  }
  return z.strictObject(shape);
}
