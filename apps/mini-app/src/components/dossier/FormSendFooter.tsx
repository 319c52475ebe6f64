import { defineMessages, useMessages } from "../../i18n/i18n.tsx";
import { ErrorState } from "../ErrorState.tsx";

const messages = defineMessages({
  vi: { sending: "Đang gửi…", fixErrors: "Vui lòng kiểm tra lại các mục được đánh dấu." },
  en: { sending: "Sending…", fixErrors: "Please check the marked fields." },
});

/** The end of a citizen's form: a reminder when fields are marked, the failure with its retry, and the send button. */
export function FormSendFooter({ sendLabel, hasErrors, failure, sending, onRetry }: { sendLabel: string; hasErrors: boolean; failure: unknown; sending: boolean; onRetry: () => void }) {
  const t = useMessages(messages);
  return (
    <>
      {hasErrors && (
        <p className="notice notice--warning" role="alert">
          {t("fixErrors")}
        </p>
      )}
      {failure !== null && <ErrorState error={failure} onRetry={onRetry} />}
      <div className="dossier-actions">
        <button type="submit" className="dossier-button dossier-button--primary" disabled={sending} aria-busy={sending}>
          {sending ? t("sending") : sendLabel}
        </button>
      </div>
    </>
  );
}
