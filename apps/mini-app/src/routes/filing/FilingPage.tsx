import type { ProcedureDetail } from "@motcua/contracts";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useNavigate, useParams, useSearchParams } from "zmp-ui";
import { procedureQuery } from "../../components/catalog/catalog-queries.ts";
import { AppPage } from "../../components/AppPage.tsx";
import { ErrorState } from "../../components/ErrorState.tsx";
import { PageLoading } from "../../components/PageLoading.tsx";
import { TitledSection } from "../../components/TitledSection.tsx";
import { useLanguage, useMessages } from "../../i18n/i18n.tsx";
import { paths } from "../paths.ts";
import { formatSavedAt } from "./dates.ts";
import { writeLocalDraft, type LocalDraft } from "./draft-store.ts";
import { syncPendingDrafts } from "./draft-sync.ts";
import { filingMessages } from "./filing-messages.ts";
import { FilingWizard } from "./FilingWizard.tsx";
import { newLocalDraft, openDraft } from "./open-draft.ts";
import "./filing.css";

type Open = { draft: LocalDraft; isNew: boolean };

function ResumeOffer({ draft, onContinue, onNew }: { draft: LocalDraft; onContinue: () => void; onNew: () => void }) {
  const t = useMessages(filingMessages);
  const language = useLanguage();
  return (
    <TitledSection id="resume-title" title={t("resumeTitle")} className="card filing-resume">
      <p>{t("resumeBody", { time: formatSavedAt(draft.updatedAt, language) })}</p>
      <div className="filing-actions filing-actions--stack">
        <button type="button" className="button button--primary" onClick={onContinue}>
          {t("resumeContinue")}
        </button>
        <button type="button" className="button" onClick={onNew}>
          {t("resumeNew")}
        </button>
      </div>
    </TitledSection>
  );
}

function Opening({ procedure, requestedId }: { procedure: ProcedureDetail; requestedId: string | null }) {
  const t = useMessages(filingMessages);
  const navigate = useNavigate();
  const [open, setOpen] = useState<Open | null>(null);
  const opening = useQuery({
    queryKey: ["filing-open", procedure.code, requestedId],
    queryFn: () => openDraft(procedure, requestedId),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });

  useEffect(() => {
    if (open || !opening.data) return;
    if (opening.data.kind === "resume") setOpen({ draft: opening.data.draft, isNew: false });
    if (opening.data.kind === "new") setOpen({ draft: newLocalDraft(procedure), isNew: true });
  }, [open, opening.data, procedure]);

  if (open) return <FilingWizard key={open.draft.localId} procedure={procedure} draft={open.draft} isNew={open.isNew} />;
  if (opening.isError) return <ErrorState error={opening.error} onRetry={() => void opening.refetch()} />;
  if (!opening.data) return <PageLoading />;
  if (opening.data.kind === "offer") {
    const { draft } = opening.data;
    return (
      <ResumeOffer
        draft={draft}
        onContinue={() => {
          writeLocalDraft(draft);
          setOpen({ draft, isNew: false });
        }}
        onNew={() => setOpen({ draft: newLocalDraft(procedure), isNew: true })}
      />
    );
  }
  if (opening.data.kind === "missing") {
    return (
      <section className="card" role="alert">
        <p>{t("draftMissing")}</p>
        <button type="button" className="button button--primary" onClick={() => navigate(paths.file(procedure.code), { replace: true })}>
          {t("startFresh")}
        </button>
      </section>
    );
  }
  return <PageLoading />;
}

/** `/file/:code` (`?draft=<id>` resumes a draft): the filing wizard for one procedure. */
export default function FilingPage() {
  const t = useMessages(filingMessages);
  const { code = "" } = useParams();
  const [search] = useSearchParams();
  const requestedId = search.get("draft");
  const procedure = useQuery(procedureQuery(code));

  // What an earlier visit saved only on the phone goes to the server now.
  useEffect(() => {
    void syncPendingDrafts().catch(() => undefined);
  }, []);

  return (
    <AppPage title={t("title")} className="filing-page">
      {procedure.isError ? (
        <ErrorState error={procedure.error} onRetry={() => void procedure.refetch()} />
      ) : !procedure.data ? (
        <PageLoading />
      ) : procedure.data.onlineLevel === "NONE" ? (
        <section className="card" role="alert">
          <p>{t("notOnline")}</p>
        </section>
      ) : (
        <Opening key={`${procedure.data.code}:${requestedId ?? ""}`} procedure={procedure.data} requestedId={requestedId} />
      )}
    </AppPage>
  );
}
