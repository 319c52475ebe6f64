import "../../components/dossier/dossier.css";
import "./feedback.css";
import { feedbackCategories, feedbackCategoryLabel, type FeedbackCategory, type PublishedFeedback } from "@motcua/contracts";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { AppPage } from "../../components/AppPage.tsx";
import { formatDay } from "../../components/dossier/format.ts";
import { ErrorState } from "../../components/ErrorState.tsx";
import { PageLoading } from "../../components/PageLoading.tsx";
import { useLanguage, useMessages } from "../../i18n/i18n.tsx";
import { publishedFeedbackQuery } from "./feedback-queries.ts";
import { feedbackMessages } from "./messages.ts";

function Answered({ item }: { item: PublishedFeedback }) {
  const t = useMessages(feedbackMessages);
  const language = useLanguage();
  return (
    <li className="card voice-qa">
      <span className="voice-status">{feedbackCategoryLabel[item.category][language]}</span>
      <p className="voice-qa__label">{t("publishedQuestion")}</p>
      <p className="voice-text">{item.question}</p>
      <p className="voice-qa__label">{t("publishedAnswer")}</p>
      <p className="voice-text">{item.answer}</p>
      <p className="muted">{t("publishedBy", { agency: item.agency?.name ?? "", date: formatDay(item.answeredAt, language) })}</p>
    </li>
  );
}

/** Answered feedback others may learn from; anyone may read it, signed in or not. */
export default function PublishedFeedbackPage() {
  const t = useMessages(feedbackMessages);
  const language = useLanguage();
  const ids = useId();
  const [category, setCategory] = useState<FeedbackCategory | "">("");
  const query = useInfiniteQuery(publishedFeedbackQuery(category));
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <AppPage title={t("publishedTitle")} className="dossier-screen voice-screen">
      <p className="voice-intro muted">{t("publishedIntro")}</p>
      <div className="dossier-field">
        <label htmlFor={`${ids}-category`} className="dossier-field__label">
          {t("publishedFilter")}
        </label>
        <select id={`${ids}-category`} className="dossier-field__control" value={category} onChange={(e) => setCategory(e.target.value as FeedbackCategory | "")}>
          <option value="">{t("publishedAll")}</option>
          {feedbackCategories.map((value) => (
            <option key={value} value={value}>
              {feedbackCategoryLabel[value][language]}
            </option>
          ))}
        </select>
      </div>
      {query.isPending ? (
        <PageLoading />
      ) : query.isError && items.length === 0 ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <p className="card">{t("publishedEmpty")}</p>
      ) : (
        <>
          <ul className="voice-list">
            {items.map((item) => (
              <Answered key={item.code} item={item} />
            ))}
          </ul>
          {query.isFetchNextPageError && <ErrorState error={query.error} onRetry={() => void query.fetchNextPage()} />}
          {query.hasNextPage && (
            <button type="button" className="dossier-button" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
              {query.isFetchingNextPage ? t("publishedLoadingMore") : t("publishedMore")}
            </button>
          )}
        </>
      )}
    </AppPage>
  );
}
