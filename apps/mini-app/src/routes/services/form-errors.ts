/** A refused field, from the contract's own check (no message) or the BFF's problem (with one). */
export interface RefusedField {
  field: string;
  message?: string | undefined;
  messageEn?: string | undefined;
}

/** The path of a zod issue as the BFF writes a field: `contact.phone`, `documentIds.0`. */
export const issueFields = (issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey> }>): RefusedField[] => issues.map((i) => ({ field: i.path.map(String).join(".") }));
