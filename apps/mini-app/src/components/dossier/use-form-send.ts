import { ApiError } from "@motcua/contracts";
import { useState } from "react";
import { useIdempotencyKey } from "./idempotency-key.ts";

/** A refused field, from the contract's own check (no message) or the BFF's problem (with one). */
export interface RefusedField {
  field: string;
  message?: string | undefined;
  messageEn?: string | undefined;
}

/** The path of a zod issue as the BFF writes a field: `contact.phone`, `documentIds.0`. */
export const issueFields = (issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey> }>): RefusedField[] => issues.map((i) => ({ field: i.path.map(String).join(".") }));

/**
 * The sending half of a citizen's form: errors found on the phone stop it before the network; the
 * body goes with an idempotency key that stays the same while the body does, so "Thử lại" after a
 * lost answer cannot file twice; a 422 from the server becomes field errors, anything else a
 * failure to show with a retry.
 */
export function useFormSend<Body, Result, Errors extends object>(options: {
  send: (body: Body, idempotencyKey: string) => Promise<Result>;
  /** The page's words for refused fields. */
  errorsOf: (fields: RefusedField[]) => Errors;
  onSent?: (result: Result) => void;
}) {
  const keyFor = useIdempotencyKey();
  const [errors, setErrors] = useState<Errors>({} as Errors);
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const [created, setCreated] = useState<Result | null>(null);

  /** Sends `body` unless the phone already found `refused` errors, which are shown instead. */
  async function submit(body: Body, refused?: Errors | null): Promise<void> {
    setFailure(null);
    if (refused) {
      setErrors(refused);
      return;
    }
    setErrors({} as Errors);
    setSending(true);
    try {
      const result = await options.send(body, keyFor(body));
      options.onSent?.(result);
      setCreated(result);
    } catch (err) {
      if (err instanceof ApiError && err.status === 422 && err.errors.length) setErrors(options.errorsOf(err.errors));
      else setFailure(err);
    } finally {
      setSending(false);
    }
  }

  return { errors, hasErrors: Object.keys(errors).length > 0, setErrors, failure, sending, created, submit };
}
