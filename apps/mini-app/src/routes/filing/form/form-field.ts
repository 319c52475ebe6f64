import type { FormField } from "@motcua/contracts";

/** A form field given by the parts that matter; the rest are unset (a required field, labelled by its key). */
export const formField = (parts: Partial<FormField> & Pick<FormField, "key" | "type">): FormField => ({
  label: parts.key,
  labelEn: null,
  required: true,
  help: null,
  options: null,
  minLength: null,
  maxLength: null,
  min: null,
  max: null,
  pattern: null,
  ...parts,
});
