import { useState } from "react";
import { ErrorState } from "../../components/ErrorState.tsx";
import { formatDateTime } from "../../components/catalog/format.ts";
import { SkeletonRows } from "../../components/catalog/Skeleton.tsx";
import { TitledSection } from "../../components/TitledSection.tsx";
import { useLanguage, useMessages } from "../../i18n/i18n.tsx";
import { useMe, useSignedInCitizen } from "./citizen.ts";
import { messages } from "./messages.ts";

/**
 * What the server holds about the citizen's consents. Loaded only when they are already signed in
 * or ask for it: opening Settings must not sign anyone in.
 */
export function ConsentRecord() {
  const t = useMessages(messages);
  const language = useLanguage();
  const citizen = useSignedInCitizen();
  const [asked, setAsked] = useState(false);
  const me = useMe(citizen !== null || asked);

  return (
    <TitledSection id="settings-consent-title" title={t("consentTitle")} className="card settings-group" titleClassName="settings-group__legend">
      {citizen === null && !asked ? (
        <>
          <p className="muted settings-help">{t("consentSignInNote")}</p>
          <button type="button" className="action-button" onClick={() => setAsked(true)}>
            {t("consentShow")}
          </button>
        </>
      ) : me.isPending ? (
        <SkeletonRows rows={1} lines={3} />
      ) : me.isError ? (
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      ) : (
        <dl className="catalog-facts">
          <dt>{t("consentName")}</dt>
          <dd>{me.data.name ?? t("notProvided")}</dd>
          <dt>{t("consentPhone")}</dt>
          <dd>{me.data.phone ?? t("notShared")}</dd>
          <dt>{t("consentPhoneConsent")}</dt>
          <dd>{me.data.phoneConsentAt ? t("consentGivenAt", { date: formatDateTime(me.data.phoneConsentAt, language) }) : t("consentNotGiven")}</dd>
          <dt>{t("consentNotify")}</dt>
          <dd>{me.data.notifyOptIn ? t("consentYes") : t("consentNotGiven")}</dd>
        </dl>
      )}
    </TitledSection>
  );
}
