import "../../components/dossier/dossier.css";
import "./dossiers.css";
import { ApiError, closedStatuses, type DossierDetail, type SupplementSubmission } from "@motcua/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from "react";
import { useParams } from "zmp-ui";
import { AppPage } from "../../components/AppPage.tsx";
import { AppLink } from "../../components/catalog/AppLink.tsx";
import { procedureQuery } from "../../components/catalog/catalog-queries.ts";
import { formatVnd } from "../../components/catalog/format.ts";
import { FactRow } from "../../components/dossier/FactRow.tsx";
import { formatDay } from "../../components/dossier/format.ts";
import { useIdempotencyKey } from "../../components/dossier/idempotency-key.ts";
import { dossierMessages } from "../../components/dossier/messages.ts";
import { StatusChip } from "../../components/dossier/StatusChip.tsx";
import { emptySupplementDraft, type SupplementDraft } from "../../components/dossier/supplement-draft.ts";
import { Timeline, type TimelineItem } from "../../components/dossier/Timeline.tsx";
import { WithdrawDialog } from "../../components/dossier/WithdrawDialog.tsx";
import { ErrorState } from "../../components/ErrorState.tsx";
import { PageLoading } from "../../components/PageLoading.tsx";
import { TitledSection } from "../../components/TitledSection.tsx";
import { useLanguage, useMessages, type Language } from "../../i18n/i18n.tsx";
import { paths } from "../paths.ts";
import { applyDetail, dossierKeys, dossierQuery, supplementDossier, withdrawDossier } from "./dossier-queries.ts";
import { dossiersMessages } from "./messages.ts";
import { RatingSection } from "./RatingSection.tsx";

// The uploader (with its image compressor) loads only when the citizen starts a supplement.
const SupplementForm = lazy(() => import("../../components/dossier/SupplementForm.tsx").then((m) => ({ default: m.SupplementForm })));

type Notice = { tone: "success" | "warning"; text: string } | null;

/** Someone else moved the dossier first (the desk acted, another device withdrew): not the citizen's fault. */
const movedOn = (err: unknown) => err instanceof ApiError && (err.code === "ILLEGAL_TRANSITION" || err.status === 412);

function timelineItems(dossier: DossierDetail, language: Language, dueLabel: string): TimelineItem[] {
  const items: TimelineItem[] = dossier.timeline.map((entry, index) => ({
    key: `${index}-${entry.action}`,
    at: entry.at,
    label: language === "vi" ? entry.label : entry.labelEn,
    note: entry.note,
  }));
  const stillRunning = !closedStatuses.has(dossier.status) && dossier.status !== "RESULT_READY" && dossier.status !== "IN_DELIVERY";
  if (dossier.dueAt && stillRunning) items.push({ key: "due", at: dossier.dueAt, label: dueLabel, upcoming: true });
  return items;
}

/** The officer's words on the latest refusal or stop, which the top card repeats. */
function latestNote(dossier: DossierDetail, action: string): string | null {
  const matching = dossier.timeline.filter((e) => e.action === action);
  return matching[matching.length - 1]?.note ?? null;
}

function SupplementCard({ dossier, open, onOpen, children }: { dossier: DossierDetail; open: boolean; onOpen(): void; children: ReactNode }) {
  const t = useMessages(dossiersMessages);
  const td = useMessages(dossierMessages);
  const language = useLanguage();
  const request = dossier.supplementRequest;
  const procedure = useQuery(procedureQuery(dossier.procedure.code));
  const nameOf = (requirementId: string | null) =>
    procedure.data?.requirements.find((r) => r.id === requirementId)?.name ?? (requirementId ? requirementId : td("supplementOtherDocument"));
  return (
    <TitledSection id="dossier-supplement-title" title={t("supplementTitle")} className="card dossier-card--action" titleClassName="dossier-section-title">
      <p>{request ? t("supplementAsked", { date: formatDay(request.requestedAt, language) }) : t("supplementNoNote")}</p>
      {request?.note && <p className="timeline__note">{request.note}</p>}
      {request && request.items.length > 0 && (
        <>
          <h3 className="dossier-subtitle">{t("supplementList")}</h3>
          <ul className="dossier-requested">
            {request.items.map((item, index) => (
              <li key={index}>
                <span className="dossier-requested__name">{nameOf(item.requirementId)}</span>
                {item.note && <>: {item.note}</>}
              </li>
            ))}
          </ul>
        </>
      )}
      {dossier.canSupplement &&
        (open ? (
          procedure.isPending ? (
            <PageLoading />
          ) : procedure.isError ? (
            <ErrorState error={procedure.error} onRetry={() => void procedure.refetch()} />
          ) : (
            children
          )
        ) : (
          <div className="dossier-actions">
            <button type="button" className="dossier-button dossier-button--primary" onClick={onOpen}>
              {t("supplementStart")}
            </button>
          </div>
        ))}
    </TitledSection>
  );
}

function StatusCard({ dossier }: { dossier: DossierDetail }) {
  const t = useMessages(dossiersMessages);
  const language = useLanguage();
  switch (dossier.status) {
    case "AWAITING_PAYMENT":
      return (
        <section className="card dossier-card--action">
          <h2 className="dossier-section-title">{t("paymentTitle")}</h2>
          {dossier.feesDue && <p className="rating__summary">{t("paymentAmount", { amount: formatVnd(dossier.feesDue.amount, language) })}</p>}
          {dossier.feesDue?.note && <p className="timeline__note">{dossier.feesDue.note}</p>}
          <p>{t("paymentHow")}</p>
        </section>
      );
    case "RESULT_READY":
    case "IN_DELIVERY":
      return (
        <p className="notice notice--success">
          <strong>{t("resultReadyTitle")}.</strong> {dossier.delivery.method === "post" ? t("resultReadyPost") : t("resultReadyCounter")}
        </p>
      );
    case "REFUSED":
    case "STOPPED": {
      const reason = latestNote(dossier, dossier.status === "REFUSED" ? "refuse" : "stop");
      return (
        <p className="notice notice--warning">
          <strong>{dossier.status === "REFUSED" ? t("refusedTitle") : t("stoppedTitle")}.</strong>
          {reason && <> {t("reasonFromTimeline", { reason })}</>}
        </p>
      );
    }
    default:
      return null;
  }
}

function DossierFacts({ dossier }: { dossier: DossierDetail }) {
  const t = useMessages(dossiersMessages);
  const language = useLanguage();
  return (
    <TitledSection id="dossier-procedure" title={dossier.procedure.name} className="card" titleClassName="dossier-page__procedure">
      <StatusChip status={dossier.status} />
      <dl className="facts">
        <FactRow label={t("code")} valueClassName="facts__code">{dossier.officialCode ?? dossier.reference}</FactRow>
        {dossier.officialCode && <FactRow label={t("reference")} valueClassName="facts__code">{dossier.reference}</FactRow>}
        <FactRow label={t("agency")}>{dossier.agency.name}</FactRow>
        <FactRow label={t("submittedAt")}>{formatDay(dossier.submittedAt, language)}</FactRow>
        <FactRow label={t("receivedAt")}>{dossier.receivedAt ? formatDay(dossier.receivedAt, language) : t("notYet")}</FactRow>
        <FactRow label={t("dueAt")} valueClassName={dossier.overdue ? "dossier-row__due--overdue" : ""}>
          {dossier.dueAt ? formatDay(dossier.dueAt, language) : closedStatuses.has(dossier.status) ? t("none") : t("dueNotSet")}
          {dossier.overdue && <> · {t("overdue")}</>}
        </FactRow>
        <FactRow label={t("resultMethod")}>{dossier.delivery.method === "post" ? t("byPost") : t("atCounter")}</FactRow>
      </dl>
      {dossier.overdue && <p className="notice notice--warning">{t("overdueNotice")}</p>}
    </TitledSection>
  );
}

/**
 * One of the citizen's dossiers: where it stands, what the agency asked for, its history, and what
 * the citizen can do now (provide documents, withdraw, rate the result). When the desk moved the
 * dossier on in the meantime, an action is refused; the page reloads and says so.
 */
export default function DossierPage() {
  const { id = "" } = useParams();
  const t = useMessages(dossiersMessages);
  const td = useMessages(dossierMessages);
  const language = useLanguage();
  const client = useQueryClient();
  const dossier = useQuery(dossierQuery(id));
  const [notice, setNotice] = useState<Notice>(null);
  const [withdrawOpen, setWithdrawOpen] = useState(false);
  const [supplementOpen, setSupplementOpen] = useState(false);
  // Here, not in the form: uploads keep reporting after "Để sau" folds the form away.
  const [supplementDraft, setSupplementDraft] = useState<SupplementDraft>(emptySupplementDraft);
  const noticeBox = useRef<HTMLParagraphElement>(null);
  const withdrawKey = useIdempotencyKey();
  const supplementKey = useIdempotencyKey();

  // The outcome shows at the top, while the citizen is still down at the form they sent.
  useEffect(() => {
    if (notice) noticeBox.current?.scrollIntoView?.({ behavior: "smooth", block: "start" });
  }, [notice]);

  async function reloadAfter(err: unknown): Promise<never> {
    if (movedOn(err)) {
      setWithdrawOpen(false);
      setSupplementOpen(false);
      setNotice({ tone: "warning", text: td("movedOn") });
      await Promise.all([client.invalidateQueries({ queryKey: dossierKeys.detail(id) }), client.invalidateQueries({ queryKey: dossierKeys.list })]);
    }
    throw err;
  }

  async function withdraw(reason: string | undefined) {
    try {
      const detail = await withdrawDossier(id, reason, withdrawKey({ reason }));
      applyDetail(client, detail);
      setWithdrawOpen(false);
      setNotice({ tone: "success", text: td("withdrawDone") });
    } catch (err) {
      await reloadAfter(err);
    }
  }

  async function supplement(body: SupplementSubmission) {
    try {
      const detail = await supplementDossier(id, body, supplementKey(body));
      applyDetail(client, detail);
      setSupplementOpen(false);
      setSupplementDraft(emptySupplementDraft);
      setNotice({ tone: "success", text: td("supplementDone") });
    } catch (err) {
      await reloadAfter(err);
    }
  }

  if (dossier.isPending) {
    return (
      <AppPage title={t("detailTitle")} className="dossier-screen">
        <PageLoading />
      </AppPage>
    );
  }
  if (dossier.isError) {
    return (
      <AppPage title={t("detailTitle")} className="dossier-screen">
        <ErrorState error={dossier.error} onRetry={() => void dossier.refetch()} />
        <AppLink className="dossier-link dossier-link--block" to={paths.myDossiers}>
          {t("backToList")}
        </AppLink>
      </AppPage>
    );
  }

  const d = dossier.data;
  return (
    <AppPage title={t("detailTitle")} className="dossier-screen">
      {notice && (
        <p ref={noticeBox} className={`notice notice--${notice.tone} dossier-notice`} role={notice.tone === "warning" ? "alert" : "status"}>
          {notice.text}
        </p>
      )}
      <DossierFacts dossier={d} />
      {d.status === "AWAITING_SUPPLEMENT" ? (
        <SupplementCard dossier={d} open={supplementOpen} onOpen={() => setSupplementOpen(true)}>
          <SupplementWithProcedure
            dossier={d}
            draft={supplementDraft}
            onDraftChange={(update) => setSupplementDraft(update)}
            onSubmit={supplement}
            onCancel={() => setSupplementOpen(false)}
          />
        </SupplementCard>
      ) : (
        <StatusCard dossier={d} />
      )}
      <TitledSection id="dossier-timeline-title" title={t("timelineTitle")} className="card" titleClassName="dossier-section-title">
        <Timeline title={t("timelineTitle")} items={timelineItems(d, language, t("dueStep"))} />
      </TitledSection>
      {d.status === "DELIVERED" && <RatingSection dossierId={d.id} />}
      {d.canWithdraw && (
        <div className="dossier-withdraw">
          <button type="button" className="dossier-button dossier-button--danger-outline" onClick={() => setWithdrawOpen(true)}>
            {td("withdrawButton")}
          </button>
          <WithdrawDialog visible={withdrawOpen} onClose={() => setWithdrawOpen(false)} onConfirm={withdraw} />
        </div>
      )}
    </AppPage>
  );
}

/** The supplement form once the procedure (for the requirements' names and file types) is at hand. */
function SupplementWithProcedure(props: {
  dossier: DossierDetail;
  draft: SupplementDraft;
  onDraftChange(update: (draft: SupplementDraft) => SupplementDraft): void;
  onSubmit(body: SupplementSubmission): Promise<unknown>;
  onCancel(): void;
}) {
  const procedure = useQuery(procedureQuery(props.dossier.procedure.code));
  if (!procedure.data) return null;
  return (
    <Suspense fallback={<PageLoading />}>
      <SupplementForm {...props} procedure={procedure.data} />
    </Suspense>
  );
}
