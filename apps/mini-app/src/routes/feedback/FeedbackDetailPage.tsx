import "../../components/dossier/dossier.css";
import "./feedback.css";
import { feedbackCategoryLabel } from "@motcua/contracts";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "zmp-ui";
import { AppPage } from "../../components/AppPage.tsx";
import { formatDay } from "../../components/dossier/format.ts";
import { ErrorState } from "../../components/ErrorState.tsx";
import { PageLoading } from "../../components/PageLoading.tsx";
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
  const item = query.data;

  return (
    <AppPage title={t("detailTitle")} className="dossier-screen voice-screen">
      {query.isPending ? (
        <PageLoading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : item ? (
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
              <div className="facts__row">
                <dt>{t("detailCode")}</dt>
                <dd className="facts__code">{item.code}</dd>
              </div>
              <div className="facts__row">
                <dt>{t("detailCategory")}</dt>
                <dd>{feedbackCategoryLabel[item.category][language]}</dd>
              </div>
              <div className="facts__row">
                <dt>{t("detailAgency")}</dt>
                <dd>{item.agency.name}</dd>
              </div>
              {item.procedure && (
                <div className="facts__row">
                  <dt>{t("detailProcedure")}</dt>
                  <dd>{item.procedure.name}</dd>
                </div>
              )}
              <div className="facts__row">
                <dt>{t("detailSent")}</dt>
                <dd>{formatDay(item.createdAt, language)}</dd>
              </div>
              <div className="facts__row">
                <dt>{t("detailDue")}</dt>
                <dd>{formatDay(item.dueAt, language)}</dd>
              </div>
            </dl>
            <h2 id="feedback-yours-title" className="dossier-subtitle">
              {t("detailYourText")}
            </h2>
            <p className="voice-text">{item.text}</p>
            {item.photos.length > 0 && <p className="muted">{t("detailPhotos", { count: item.photos.length })}</p>}
            {item.anonymous && <p className="muted">{t("detailAnonymous")}</p>}
          </section>
        </>
      ) : null}
    </AppPage>
  );
}
