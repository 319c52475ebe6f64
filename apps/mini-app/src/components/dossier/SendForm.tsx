import type { FormEvent, ReactNode } from "react";
import { FormSendFooter } from "./FormSendFooter.tsx";

/** A citizen's form in its card. Submitting it and the footer's retry both call `onSend`, which checks before it sends. */
export function SendForm({ sendLabel, hasErrors, failure, sending, onSend, children }: { sendLabel: string; hasErrors: boolean; failure: unknown; sending: boolean; onSend: () => void; children: ReactNode }) {
  function submit(event: FormEvent) {
    event.preventDefault();
    onSend();
  }

  return (
    <form className="card" onSubmit={submit} noValidate>
      {children}
      <FormSendFooter sendLabel={sendLabel} hasErrors={hasErrors} failure={failure} sending={sending} onRetry={onSend} />
    </form>
  );
}
