import "../../components/dossier/dossier.css";
import "../feedback/feedback.css";
import "./services.css";
import { consultingTopicLabel, serviceRequestKindLabel, translationLanguageLabel, type ServiceRequestSummary } from "@motcua/contracts";
import { useQuery } from "@tanstack/react-query";
import { AppPage } from "../../components/AppPage.tsx";
import { AppLink } from "../../components/catalog/AppLink.tsx";
import { formatDay } from "../../components/dossier/format.ts";
import { MineSection } from "../../components/MineSection.tsx";
import { useLanguage, useMessages } from "../../i18n/i18n.tsx";
import { paths } from "../paths.ts";
import { serviceMessages } from "./messages.ts";
import { formatVnd } from "./money.ts";
import { myServiceRequestsQuery } from "./service-queries.ts";
import { ServiceStatus } from "./ServiceStatus.tsx";

function RequestRow({ item }: { item: ServiceRequestSummary }) {
  const t = useMessages(serviceMessages);
  const language = useLanguage();
  const subject =
    item.topic !== null
      ? consultingTopicLabel[item.topic][language]
      : item.sourceLanguage && item.targetLanguage
        ? t("pair", { source: translationLanguageLabel[item.sourceLanguage][language], target: translationLanguageLabel[item.targetLanguage][language] })
        : "";
  return (
    <li className={`voice-row ${item.status === "QUOTED" ? "service-row--action" : item.status === "COMPLETED" ? "voice-row--answered" : ""}`}>
      <AppLink className="voice-row__link" to={paths.serviceRequest(item.code)}>
        <ServiceStatus status={item.status} />
        <span className="voice-row__excerpt">
          {serviceRequestKindLabel[item.kind][language]}: {subject}
        </span>
        <span className="voice-row__meta">
          {t("mineSent", { date: formatDay(item.createdAt, language) })} · <span className="voice-code">{item.code}</span>
        </span>
        {item.quoteTotalVnd !== null && <span className="voice-row__meta">{t("mineQuote", { amount: formatVnd(item.quoteTotalVnd, language) })}</span>}
        {item.status === "QUOTED" && <span className="service-row__action">{t("mineAction")}</span>}
      </AppLink>
    </li>
  );
}

/** Where "Dịch vụ hỗ trợ" on Home leads: ask for consulting or translation, follow one's own requests. */
export default function ServicesPage() {
  const t = useMessages(serviceMessages);
  const mine = useQuery(myServiceRequestsQuery);
  return (
    <AppPage title={t("hubTitle")} className="dossier-screen voice-screen">
      <section className="card">
        <p className="voice-intro">{t("hubIntro")}</p>
        <div className="dossier-actions">
          <AppLink className="dossier-button dossier-button--primary" to={paths.requestConsulting}>
            {t("hubConsulting")}
          </AppLink>
          <AppLink className="dossier-button dossier-button--primary" to={paths.requestTranslation}>
            {t("hubTranslation")}
          </AppLink>
        </div>
      </section>
      <MineSection id="services-mine-title" title={t("mineTitle")} empty={t("mineEmpty")} query={mine} row={(item) => <RequestRow key={item.id} item={item} />} />
    </AppPage>
  );
}
