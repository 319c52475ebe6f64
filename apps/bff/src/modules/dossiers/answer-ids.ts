import { maskIdNumber, type FormField } from "@motcua/contracts";
import { fieldAad, type FieldCrypto } from "../../crypto/field-crypto.ts";

type Answers = Record<string, unknown>;

/**
 * How an `id_number` answer (a parent's, a deceased person's, a representative's citizen ID) is
 * stored in `dossier.answers`: sealed like the applicant's own, with the last four digits for
 * display. No answer a form accepts has this shape (addresses are strict objects with other keys),
 * so a stored value tells by itself whether it is sealed, without the procedure's form.
 */
export type SealedAnswerId = { sealed: string; last4: string };

/** Binds the envelope to its dossier and its field: copied to another of either, it no longer opens. */
export const answerIdAad = (dossierId: string, key: string) => fieldAad("dossier", dossierId, `answers.${key}`);

export function isSealedAnswerId(value: unknown): value is SealedAnswerId {
  if (typeof value !== "object" || value === null || Array.isArray(value) || Object.keys(value).length !== 2) return false;
  const { sealed, last4 } = value as Partial<SealedAnswerId>;
  return typeof sealed === "string" && typeof last4 === "string";
}

const mapValues = (answers: Answers, fn: (value: unknown, key: string) => unknown): Answers =>
  Object.fromEntries(Object.entries(answers).map(([key, value]) => [key, fn(value, key)]));

/** Before the row is written: each validated `id_number` answer of the form replaced by its sealed form. */
export function sealAnswerIds(answers: Answers, fields: readonly FormField[], dossierId: string, crypto: Pick<FieldCrypto, "seal">): Answers {
  const idKeys = new Set(fields.filter((f) => f.type === "id_number").map((f) => f.key));
  return mapValues(answers, (value, key): unknown =>
    idKeys.has(key) && typeof value === "string"
      ? ({ sealed: crypto.seal(value, answerIdAad(dossierId, key)), last4: value.slice(-4) } satisfies SealedAnswerId)
      : value,
  );
}

/** What the citizen and officers are shown: each sealed ID masked exactly as the applicant's. */
export function maskAnswerIds(answers: Answers): Answers {
  return mapValues(answers, (value) => (isSealedAnswerId(value) ? maskIdNumber(value.last4) : value));
}

/** The full ID of one answer, or undefined when the dossier has no sealed ID under that key. */
export function openAnswerId(answers: Answers, key: string, dossierId: string, crypto: Pick<FieldCrypto, "open">): string | undefined {
  const value = Object.hasOwn(answers, key) ? answers[key] : undefined;
  return isSealedAnswerId(value) ? crypto.open(value.sealed, answerIdAad(dossierId, key)) : undefined;
}

/** Each answer ID sealed under an older key, sealed again under the active one; the rest untouched. */
export function resealAnswerIds(answers: Answers, dossierId: string, crypto: Pick<FieldCrypto, "open" | "seal" | "needsReseal">): Answers {
  return mapValues(answers, (value, key) => {
    if (!isSealedAnswerId(value) || !crypto.needsReseal(value.sealed)) return value;
    const aad = answerIdAad(dossierId, key);
    return { ...value, sealed: crypto.seal(crypto.open(value.sealed, aad), aad) };
  });
}
