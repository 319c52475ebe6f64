import "../../components/dossier/dossier.css";
import "./dossiers.css";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { AppPage } from "../../components/AppPage.tsx";
import { AppLink } from "../../components/catalog/AppLink.tsx";
import { ErrorState } from "../../components/ErrorState.tsx";
import { PageLoading } from "../../components/PageLoading.tsx";
import { TitledSection } from "../../components/TitledSection.tsx";
import { useMessages } from "../../i18n/i18n.tsx";
import { DraftsSection } from "../filing/DraftsSection.tsx";
import { paths } from "../paths.ts";
import { myDossiersQuery } from "./dossier-queries.ts";
import { DossierRow } from "./DossierRow.tsx";
import { dossiersMessages } from "./messages.ts";

/** A page of the list at a time keeps a long history light on a cheap phone. */
export const PAGE_SIZE = 10;

function EmptyDossiers() {
  const t = useMessages(dossiersMessages);
  return (
    <TitledSection id="dossiers-empty-title" title={t("emptyTitle")} className="card dossiers-empty" titleClassName="dossier-section-title">
      <p>{t("emptyText")}</p>
      <AppLink className="dossier-button dossier-button--primary" to={paths.search}>
        {t("emptySearch")}
      </AppLink>
      <p>
        <AppLink className="dossier-link dossier-link--block" to={paths.lookup}>
          {t("emptyLookup")}
        </AppLink>
      </p>
    </TitledSection>
  );
}

/**
 * The citizen's unsent drafts, then their dossiers, newest first; those waiting on the citizen (a
 * supplement, a fee) are pulled to the top so they cannot be missed.
 */
export default function MyDossiersPage() {
  const t = useMessages(dossiersMessages);
  const dossiers = useQuery(myDossiersQuery);
  const [shown, setShown] = useState(PAGE_SIZE);

  const items = dossiers.data?.items ?? [];
  const needsYou = items.filter((d) => d.actionNeeded);
  const rest = items.filter((d) => !d.actionNeeded);

  return (
    <AppPage title={t("listTitle")} root className="dossier-screen">
      <DraftsSection />

      {dossiers.isPending ? (
        <PageLoading />
      ) : dossiers.isError ? (
        <ErrorState error={dossiers.error} onRetry={() => void dossiers.refetch()} />
      ) : items.length === 0 ? (
        <EmptyDossiers />
      ) : (
        <>
          {needsYou.length > 0 && (
            <TitledSection id="dossiers-needs-you" title={t("needsYou")} titleClassName="dossiers-heading dossiers-heading--action">
              <p className="visually-hidden">{t("needsYouCount", { count: needsYou.length })}</p>
              <ul className="dossier-list">
                {needsYou.map((d) => (
                  <DossierRow key={d.id} dossier={d} />
                ))}
              </ul>
            </TitledSection>
          )}
          {rest.length > 0 && (
            <TitledSection id="dossiers-rest" title={needsYou.length > 0 ? t("others") : t("allDossiers")} titleClassName="dossiers-heading">
              <ul className="dossier-list">
                {rest.slice(0, shown).map((d) => (
                  <DossierRow key={d.id} dossier={d} />
                ))}
              </ul>
              {rest.length > PAGE_SIZE && (
                <p className="muted dossiers-count" aria-live="polite">
                  {t("showing", { shown: Math.min(shown, rest.length), total: rest.length })}
                </p>
              )}
              {shown < rest.length && (
                <button type="button" className="dossier-button" onClick={() => setShown((n) => n + PAGE_SIZE)}>
                  {t("showMore")}
                </button>
              )}
            </TitledSection>
          )}
        </>
      )}
    </AppPage>
  );
}
