import { ErrorState } from "../../components/ErrorState.tsx";
import { useMessages } from "../../i18n/i18n.tsx";
import { useSignedInCitizen } from "../settings/citizen.ts";
import { useNotificationOptIn } from "../../settings/notification-opt-in.ts";
import { receiptMessages } from "./receipt-messages.ts";

/**
 * Just filed, the citizen wants to know what happens next: the moment to offer Zalo notifications
 * (the review rules forbid asking at launch). Shown only to those who have not said yes yet.
 */
export function NotifyOffer() {
  const t = useMessages(receiptMessages);
  const citizen = useSignedInCitizen();
  const { save, change, permissionRefused } = useNotificationOptIn();
  if (citizen?.notifyOptIn && !save.isSuccess) return null;
  return (
    <section className="card" aria-labelledby="receipt-notify-title">
      <h3 id="receipt-notify-title">{t("notifyTitle")}</h3>
      {save.isSuccess ? (
        <p role="status">{permissionRefused ? t("notifyOnNoPermission") : t("notifyOn")}</p>
      ) : (
        <>
          <p>{t("notifyWhy")}</p>
          <button type="button" className="button button--primary touch-target" disabled={save.isPending} onClick={() => change(true)}>
            {save.isPending ? t("notifySaving") : t("notifyAction")}
          </button>
        </>
      )}
      {save.isError && <ErrorState error={save.error} onRetry={() => change(true)} />}
    </section>
  );
}
