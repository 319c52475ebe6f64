import "../../components/dossier/dossier.css";
import "../feedback/feedback.css";
import "./services.css";
import {
  consultingTopicLabel,
  dayPeriodLabel,
  serviceRequestEventLabel,
  serviceRequestKindLabel,
  translationLanguageLabel,
  type ServiceRequestDetail,
} from "@motcua/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useParams } from "zmp-ui";
import { AppPage } from "../../components/AppPage.tsx";
import { AppLink } from "../../components/catalog/AppLink.tsx";
import { CancelDialog } from "../../components/dossier/CancelDialog.tsx";
import { FactRow } from "../../components/dossier/FactRow.tsx";
import { formatDayTime } from "../../components/dossier/format.ts";
import { Timeline } from "../../components/dossier/Timeline.tsx";
import { ErrorState } from "../../components/ErrorState.tsx";
import { QueryGate } from "../../components/QueryGate.tsx";
import { useLanguage, useMessages } from "../../i18n/i18n.tsx";
import { dayLabel } from "../appointments/day-label.ts";
import { paths } from "../paths.ts";
import { FileList } from "./FileList.tsx";
import { serviceMessages } from "./messages.ts";
import { formatVnd } from "./money.ts";
import { acceptQuote, applyRequest, cancelRequest, serviceRequestQuery } from "./service-queries.ts";
import { ServiceStatus } from "./ServiceStatus.tsx";

/** The price, and the one thing the citizen must do: agree to it (or cancel). */
function QuoteCard({ item }: { item: ServiceRequestDetail }) {
  const t = useMessages(serviceMessages);
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const quote = item.quote;
  if (!quote) return null;
  const awaiting = item.allowedActions.includes("accept");

  async function accept(total: number) {
    setFailure(null);
    setSending(true);
    try {
      applyRequest(queryClient, await acceptQuote(item.code, total));
    } catch (err) {
      setFailure(err);
      // A revised quote is refused as such: show the new one.
      void queryClient.invalidateQueries({ queryKey: serviceRequestQuery(item.code).queryKey });
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="card service-quote" aria-labelledby="service-quote-title">
      <h2 id="service-quote-title" className="dossier-section-title">
        {t("quoteTitle")}
      </h2>
      <dl className="facts">
        <FactRow label={t("quotePages", { pages: quote.pages, price: formatVnd(quote.pricePerPageVnd, language) })}>{formatVnd(quote.pages * quote.pricePerPageVnd, language)}</FactRow>
        {quote.notarisationFeeVnd > 0 && <FactRow label={t("quoteNotarisation")}>{formatVnd(quote.notarisationFeeVnd, language)}</FactRow>}
        <FactRow label={t("quoteTotal")}>
          <span className="service-quote__total">{formatVnd(quote.totalVnd, language)}</span>
        </FactRow>
      </dl>
      {quote.note && <p className="voice-text">{quote.note}</p>}
      {awaiting ? (
        <>
          <p>{t("quoteAsk")}</p>
          {failure !== null && <ErrorState error={failure} />}
          <div className="dossier-actions">
            <button type="button" className="dossier-button dossier-button--primary" disabled={sending} aria-busy={sending} onClick={() => void accept(quote.totalVnd)}>
              {sending ? t("quoteAccepting") : t("quoteAccept")}
            </button>
          </div>
        </>
      ) : (
        item.status !== "CANCELLED" && item.status !== "REJECTED" && <p className="muted">{t("quoteAccepted")}</p>
      )}
    </section>
  );
}

/** Cancels the request, with a reason the center reads if the citizen gives one. */
function CancelRequestDialog({ item, onClose }: { item: ServiceRequestDetail; onClose(): void }) {
  const t = useMessages(serviceMessages);
  const ids = useId();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState("");

  return (
    <CancelDialog t={t} onCancel={async () => applyRequest(queryClient, await cancelRequest(item.code, reason))} onClose={onClose}>
      <div className="dossier-field">
        <label htmlFor={`${ids}-reason`} className="dossier-field__label">
          {t("cancelReason")}
        </label>
        <textarea id={`${ids}-reason`} className="dossier-field__control" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
    </CancelDialog>
  );
}

/** Where things stand in a sentence, for the states that have nothing else to show. */
function StandingNotice({ item }: { item: ServiceRequestDetail }) {
  const t = useMessages(serviceMessages);
  if (item.status === "SUBMITTED") return <p className="notice notice--info">{item.kind === "CONSULTING" ? t("waitingConsulting") : t("waitingQuote")}</p>;
  if (item.status === "IN_PROGRESS") return <p className="notice notice--info">{t("inProgress")}</p>;
  if (item.status === "CANCELLED") return <p className="notice notice--info">{t("cancelledNote")}</p>;
  if (item.status === "REJECTED") {
    return (
      <section className="notice notice--warning" aria-labelledby="service-rejected-title">
        <h2 id="service-rejected-title" className="dossier-subtitle">
          {t("rejectedTitle")}
        </h2>
        <p>{t("rejectedReason", { reason: item.rejectReason ?? "" })}</p>
      </section>
    );
  }
  return null;
}

/** One of the citizen's requests, where a notice of a quote, a time or a result leads. */
export default function ServiceRequestPage() {
  const t = useMessages(serviceMessages);
  const language = useLanguage();
  const { code = "" } = useParams();
  const query = useQuery(serviceRequestQuery(code));
  const [cancelling, setCancelling] = useState(false);

  return (
    <AppPage title={t("detailTitle")} className="dossier-screen voice-screen">
      <QueryGate query={query}>
        {(item) => (
          <>
            <StandingNotice item={item} />
            {item.result && (
              <section className="card voice-answer" aria-labelledby="service-result-title">
                <h2 id="service-result-title" className="dossier-section-title">
                  {t("resultTitle")}
                </h2>
                <p className="muted">{formatDayTime(item.result.completedAt, language)}</p>
                {item.result.text && <p className="voice-text">{item.result.text}</p>}
                {item.result.files.length > 0 && (
                  <>
                    <h3 className="dossier-subtitle">{t("resultFiles")}</h3>
                    <FileList files={item.result.files} />
                  </>
                )}
              </section>
            )}
            {item.schedule && item.status === "SCHEDULED" && (
              <section className="card service-quote" aria-labelledby="service-schedule-title">
                <h2 id="service-schedule-title" className="dossier-section-title">
                  {t("scheduleTitle")}
                </h2>
                <dl className="facts">
                  <FactRow label={t("scheduleWhen")}>
                    {item.schedule.time}, {dayLabel(item.schedule.date, language)}
                  </FactRow>
                  <FactRow label={t("schedulePlace")}>{item.schedule.place}</FactRow>
                  {item.schedule.note && <FactRow label={t("scheduleNote")}>{item.schedule.note}</FactRow>}
                </dl>
              </section>
            )}
            <QuoteCard item={item} />

            <section className="card" aria-labelledby="service-facts-title">
              <ServiceStatus status={item.status} />
              <h2 id="service-facts-title" className="visually-hidden">
                {t("detailTitle")}
              </h2>
              <dl className="facts">
                <FactRow label={t("detailCode")}>
                  <span className="facts__code">{item.code}</span>
                </FactRow>
                <FactRow label={t("detailKind")}>{serviceRequestKindLabel[item.kind][language]}</FactRow>
                {item.consulting && (
                  <>
                    <FactRow label={t("detailTopic")}>
                      {consultingTopicLabel[item.consulting.topic][language]}
                      {item.consulting.topicOther ? `: ${item.consulting.topicOther}` : ""}
                    </FactRow>
                    <FactRow label={t("detailPreferred")}>
                      {dayPeriodLabel[item.consulting.preferredPeriod][language]}, {dayLabel(item.consulting.preferredDate, language)}
                    </FactRow>
                  </>
                )}
                {item.translation && (
                  <>
                    <FactRow label={t("detailPair")}>
                      {t("pair", {
                        source: translationLanguageLabel[item.translation.sourceLanguage][language],
                        target: translationLanguageLabel[item.translation.targetLanguage][language],
                      })}
                    </FactRow>
                    <FactRow label={t("detailPages")}>{item.translation.pages}</FactRow>
                    <FactRow label={t("detailNotarised")}>{item.translation.notarised ? t("yes") : t("no")}</FactRow>
                  </>
                )}
                <FactRow label={t("detailContact")}>
                  {item.contact.name} · {item.contact.phone}
                  {item.contact.email ? ` · ${item.contact.email}` : ""}
                </FactRow>
              </dl>
              {item.consulting && (
                <>
                  <h3 className="dossier-subtitle">{t("detailQuestion")}</h3>
                  <p className="voice-text">{item.consulting.question}</p>
                </>
              )}
              {item.translation && item.translation.documents.length > 0 && (
                <>
                  <h3 className="dossier-subtitle">{t("detailDocuments")}</h3>
                  <FileList files={item.translation.documents} />
                </>
              )}
            </section>

            <section className="card" aria-labelledby="service-timeline-title">
              <h2 id="service-timeline-title" className="dossier-section-title">
                {t("timelineTitle")}
              </h2>
              <Timeline
                title={t("timelineTitle")}
                items={item.timeline.map((e, i) => ({ key: String(i), at: e.at, label: serviceRequestEventLabel[e.action]?.[language] ?? e.action, note: e.note }))}
              />
            </section>

            <div className="dossier-actions">
              {item.allowedActions.includes("cancel") && (
                <button type="button" className="dossier-button dossier-button--danger-outline" onClick={() => setCancelling(true)}>
                  {t("cancel")}
                </button>
              )}
              <AppLink className="dossier-button" to={paths.services}>
                {t("receiptAll")}
              </AppLink>
            </div>
            {cancelling && <CancelRequestDialog item={item} onClose={() => setCancelling(false)} />}
          </>
        )}
      </QueryGate>
    </AppPage>
  );
}
