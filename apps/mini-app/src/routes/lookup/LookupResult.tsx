import { closedStatuses, statusLabel, type TrackResult } from "@motcua/contracts";
import { FactRow } from "../../components/dossier/FactRow.tsx";
import { formatDay } from "../../components/dossier/format.ts";
import { StatusChip } from "../../components/dossier/StatusChip.tsx";
import { Timeline, type TimelineItem } from "../../components/dossier/Timeline.tsx";
import { useLanguage, useMessages, type Language, type Translate } from "../../i18n/i18n.tsx";
import { lookupMessages, type LookupKey } from "./messages.ts";

/** The public lookup carries dates, not events: the steps they imply, and the appointment to come. */
export function lookupSteps(result: TrackResult, t: Translate<LookupKey>, language: Language): TimelineItem[] {
  const items: TimelineItem[] = [{ key: "submitted", at: result.submittedAt, label: t("stepSubmitted") }];
  if (result.receivedAt) items.push({ key: "received", at: result.receivedAt, label: t("stepReceived") });
  if (result.status !== "SUBMITTED" && result.status !== "RECEIVED") {
    items.push({ key: "now", at: null, label: t("stepNow", { status: statusLabel[result.status][language] }) });
  }
  if (result.dueAt && !result.resultReady && !closedStatuses.has(result.status)) {
    items.push({ key: "due", at: result.dueAt, label: t("stepDue"), upcoming: true });
  }
  return items;
}

export function LookupResult({ result }: { result: TrackResult }) {
  const t = useMessages(lookupMessages);
  const language = useLanguage();
  return (
    <section className="card lookup-result" aria-labelledby="lookup-result-title" aria-live="polite">
      <h2 id="lookup-result-title" className="lookup-result__procedure">
        {result.procedureName}
      </h2>
      <StatusChip status={result.status} />
      {result.status === "DELIVERED" ? (
        <p className="notice notice--success">{t("delivered")}</p>
      ) : (
        result.resultReady && <p className="notice notice--success">{t("resultReady")}</p>
      )}
      <dl className="facts">
        <FactRow label={t("codeLabel")} valueClassName="facts__code">{result.officialCode ?? result.reference}</FactRow>
        <FactRow label={t("agency")}>{result.agencyName}</FactRow>
        <FactRow label={t("submittedAt")}>{formatDay(result.submittedAt, language)}</FactRow>
        <FactRow label={t("receivedAt")}>{result.receivedAt ? formatDay(result.receivedAt, language) : t("notYet")}</FactRow>
        <FactRow label={t("dueAt")} valueClassName="facts__due">{result.dueAt ? formatDay(result.dueAt, language) : t("notYet")}</FactRow>
      </dl>
      <h3 className="dossier-subtitle">{t("stepsTitle")}</h3>
      <Timeline title={t("stepsTitle")} items={lookupSteps(result, t, language)} />
    </section>
  );
}
