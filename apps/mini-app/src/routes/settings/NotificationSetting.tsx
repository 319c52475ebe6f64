import { ErrorState } from "../../components/ErrorState.tsx";
import { TitledSection } from "../../components/TitledSection.tsx";
import { useMessages } from "../../i18n/i18n.tsx";
import { useNotificationOptIn } from "../../settings/notification-opt-in.ts";
import { useMe, useSignedInCitizen } from "./citizen.ts";
import { messages } from "./messages.ts";

/**
 * The citizen's consent to dossier notifications, asked when they turn it on (never at launch).
 */
export function NotificationSetting() {
  const t = useMessages(messages);
  const citizen = useSignedInCitizen();
  const me = useMe(citizen !== null);
  const { save, change, permissionRefused } = useNotificationOptIn();

  const saved = me.data?.notifyOptIn ?? citizen?.notifyOptIn ?? false;
  const checked = save.isPending ? (save.variables ?? saved) : saved;

  return (
    <TitledSection id="settings-notify-title" title={t("notifications")} className="card settings-group" titleClassName="settings-group__legend">
      <label className="settings-switch">
        <span className="settings-switch__control">
          <input
            type="checkbox"
            role="switch"
            checked={checked}
            disabled={save.isPending}
            aria-describedby="settings-notify-help"
            onChange={(event) => change(event.target.checked)}
          />
          <span className="settings-switch__track" aria-hidden="true" />
        </span>
        <span className="settings-switch__label">{t("notifyLabel")}</span>
      </label>
      <p id="settings-notify-help" className="muted settings-help">
        {t("notifyHelp")} {citizen === null && t("notifySignIn")}
      </p>
      <p role="status" className="settings-status">
        {save.isPending ? t("notifySaving") : save.isSuccess ? (save.data.notifyOptIn ? t("notifyOn") : t("notifyOff")) : ""}
      </p>
      {save.isSuccess && save.data.notifyOptIn && permissionRefused && <p className="settings-warning">{t("notifyPermissionRefused")}</p>}
      {save.isError && <ErrorState error={save.error} onRetry={() => save.mutate(save.variables)} />}
    </TitledSection>
  );
}
