import "../../components/dossier/dossier.css";
import "./feedback.css";
import { FEEDBACK_DUE_WORKING_DAYS, feedbackCategoryLabel, type FeedbackSummary } from "@motcua/contracts";
import { useQuery } from "@tanstack/react-query";
import { AppPage } from "../../components/AppPage.tsx";
import { AppLink } from "../../components/catalog/AppLink.tsx";
import { formatDay } from "../../components/dossier/format.ts";
import { MineSection } from "../../components/MineSection.tsx";
import { useLanguage, useMessages } from "../../i18n/i18n.tsx";
import { paths } from "../paths.ts";
import { FeedbackStatus } from "./FeedbackStatus.tsx";
import { myFeedbackQuery } from "./feedback-queries.ts";
import { feedbackMessages } from "./messages.ts";

function FeedbackRow({ item }: { item: FeedbackSummary }) {
  const t = useMessages(feedbackMessages);
  const language = useLanguage();
  return (
    <li className={`voice-row ${item.status === "ANSWERED" ? "voice-row--answered" : ""}`}>
      <AppLink className="voice-row__link" to={paths.feedbackDetail(item.code)}>
        <FeedbackStatus status={item.status} />
        <span className="voice-row__excerpt">{item.excerpt}</span>
        <span className="voice-row__meta">
          {feedbackCategoryLabel[item.category][language]} · <span className="voice-code">{item.code}</span>
        </span>
        <span className="voice-row__meta">
          {item.answeredAt ? t("mineAnswered", { date: formatDay(item.answeredAt, language) }) : t("mineDue", { date: formatDay(item.dueAt, language) })}
        </span>
        {item.answerExcerpt && <span className="voice-row__answer">{t("mineAnswer", { answer: item.answerExcerpt })}</span>}
      </AppLink>
    </li>
  );
}

/** Where "Góp ý, phản ánh" on Home leads: send new feedback, follow one's own, read published answers. */
export default function FeedbackPage() {
  const t = useMessages(feedbackMessages);
  const mine = useQuery(myFeedbackQuery);
  return (
    <AppPage title={t("hubTitle")} className="dossier-screen voice-screen">
      <section className="card">
        <p className="voice-intro">{t("hubIntro", { days: FEEDBACK_DUE_WORKING_DAYS })}</p>
        <div className="dossier-actions">
          <AppLink className="dossier-button dossier-button--primary" to={paths.sendFeedback}>
            {t("hubSend")}
          </AppLink>
          <AppLink className="dossier-button" to={paths.publishedFeedback}>
            {t("hubPublished")}
          </AppLink>
        </div>
      </section>
      <MineSection id="feedback-mine-title" title={t("mineTitle")} empty={t("mineEmpty")} query={mine} row={(item) => <FeedbackRow key={item.id} item={item} />} />
    </AppPage>
  );
}
