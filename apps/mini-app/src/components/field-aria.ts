/** The ids a control points its aria-describedby at: `<id>-hint` and `<id>-error`, when shown. */
export const describedBy = (id: string, hint: boolean, error: boolean): string | undefined =>
  [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

/** What a control sets so that a screen reader reads its hint and error with it and says when it is wrong. */
export const fieldAria = (id: string, hint: boolean, error: string | null | undefined) => ({
  "aria-invalid": error ? true : undefined,
  "aria-describedby": describedBy(id, hint, !!error),
});
