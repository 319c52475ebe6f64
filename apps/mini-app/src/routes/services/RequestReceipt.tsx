import { useEffect } from "react";
import type { ServiceRequestCreated } from "@motcua/contracts";
import { AppLink } from "../../components/catalog/AppLink.tsx";
import { useMessages } from "../../i18n/i18n.tsx";
import { paths } from "../paths.ts";
import { serviceMessages } from "./messages.ts";

/** What the citizen sees once a request is in: the code to quote, and what happens next. */
export function RequestReceipt({ created }: { created: ServiceRequestCreated }) {
  const t = useMessages(serviceMessages);
  useEffect(() => {
    document.getElementById("service-receipt-title")?.focus();
  }, []);
  return (
    <section className="card" aria-labelledby="service-receipt-title">
      <h2 id="service-receipt-title" className="dossier-section-title" tabIndex={-1}>
        {t("receiptTitle")}
      </h2>
      <p className="muted">{t("receiptCode")}</p>
      <strong className="voice-receipt__code voice-code">{created.code}</strong>
      <p>{created.kind === "CONSULTING" ? t("receiptConsulting") : t("receiptTranslation")}</p>
      <div className="dossier-actions">
        <AppLink className="dossier-button dossier-button--primary" to={paths.serviceRequest(created.code)}>
          {t("receiptView")}
        </AppLink>
        <AppLink className="dossier-button" to={paths.services}>
          {t("receiptAll")}
        </AppLink>
      </div>
    </section>
  );
}
