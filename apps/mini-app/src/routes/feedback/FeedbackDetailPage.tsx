import "../../components/dossier/dossier.css";
import "./feedback.css";
import { feedbackCategoryLabel } from "@motcua/contracts";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "zmp-ui";
import { AppPage } from "../../components/AppPage.tsx";
import { FactRow } from "../../components/dossier/FactRow.tsx";
import { formatDay } from "../../components/dossier/format.ts";
import { QueryGate } from "../../components/QueryGate.tsx";
import { useLanguage, useMessages } from "../../i18n/i18n.tsx";
import { FeedbackStatus } from "./FeedbackStatus.tsx";
import { feedbackQuery } from "./feedback-queries.ts";
import { feedbackMessages } from "./messages.ts";

/** One of the citizen's own feedback, where the notice of an answer leads. */
export default function FeedbackDetailPage() {
  const t = useMessages(feedbackMessages);
  const language = useLanguage();
  const { code = "" } = useParams();
  const query = useQuery(feedbackQuery(code));

  return (
    <AppPage title={t("detailTitle")} className="dossier-screen voice-screen">
      <QueryGate query={query}>
        {(item) => (
          <>
            {item.answer ? (
              <section className="card voice-answer" aria-labelledby="feedback-answer-title">
                <h2 id="feedback-answer-title" className="dossier-section-title">
                  {t("detailAnswerTitle", { agency: item.answer.agency.name })}
                </h2>
                <p className="muted">{t("detailAnswerDate", { date: formatDay(item.answer.answeredAt, language) })}</p>
                <p className="voice-text">{item.answer.text}</p>
                {item.published && <p className="muted">{t("detailPublished")}</p>}
              </section>
            ) : item.status === "DISMISSED" ? (
              <p className="notice notice--warning">{t("detailDismissed", { reason: item.dismissReason ?? "" })}</p>
            ) : (
              <p className="notice notice--info">{t("detailWaiting", { date: formatDay(item.dueAt, language) })}</p>
            )}
            <section className="card" aria-labelledby="feedback-yours-title">
              <FeedbackStatus status={item.status} />
              <dl className="facts">
                <FactRow label={t("detailCode")} valueClassName="facts__code">
                  {item.code}
                </FactRow>
                <FactRow label={t("detailCategory")}>{feedbackCategoryLabel[item.category][language]}</FactRow>
                <FactRow label={t("detailAgency")}>{item.agency.name}</FactRow>
                {item.procedure && <FactRow label={t("detailProcedure")}>{item.procedure.name}</FactRow>}
                <FactRow label={t("detailSent")}>{formatDay(item.createdAt, language)}</FactRow>
                <FactRow label={t("detailDue")}>{formatDay(item.dueAt, language)}</FactRow>
              </dl>
              <h2 id="feedback-yours-title" className="dossier-subtitle">
                {t("detailYourText")}
              </h2>
              <p className="voice-text">{item.text}</p>
              {item.photos.length > 0 && <p className="muted">{t("detailPhotos", { count: item.photos.length })}</p>}
              {item.anonymous && <p className="muted">{t("detailAnonymous")}</p>}
            </section>
          </>
        )}
      </QueryGate>
    </AppPage>
  );
}
