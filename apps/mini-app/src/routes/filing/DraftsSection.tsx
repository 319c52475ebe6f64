import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useNavigate } from "zmp-ui";
import { TitledSection } from "../../components/TitledSection.tsx";
import { defineMessages, useLanguage, useMessages } from "../../i18n/i18n.tsx";
import { paths } from "../paths.ts";
import { formatSavedAt } from "./dates.ts";
import { listLocalDrafts, type LocalDraft } from "./draft-store.ts";
import { discardDraft, fetchServerDrafts, syncPendingDrafts } from "./draft-sync.ts";
import "./filing.css";

const messages = defineMessages({
  vi: {
    title: "Bản nháp chưa nộp",
    saved: "Lưu lúc {time}",
    phoneOnly: "Chỉ đang lưu trên máy này",
    continue: "Tiếp tục",
    continueNamed: "Tiếp tục bản nháp {name}",
    remove: "Xoá",
    removeNamed: "Xoá bản nháp {name}",
    confirm: "Xoá bản nháp này? Những gì đã nhập sẽ mất.",
    confirmYes: "Xoá bản nháp",
    confirmNo: "Không xoá",
    offline: "Chưa tải được bản nháp trên máy chủ; đang hiện bản nháp lưu trên máy này.",
  },
  en: {
    title: "Unfinished drafts",
    saved: "Saved {time}",
    phoneOnly: "Saved on this phone only",
    continue: "Continue",
    continueNamed: "Continue the draft {name}",
    remove: "Delete",
    removeNamed: "Delete the draft {name}",
    confirm: "Delete this draft? What you entered will be lost.",
    confirmYes: "Delete the draft",
    confirmNo: "Keep it",
    offline: "Could not load the drafts saved on the server; showing those on this phone.",
  },
});

interface DraftRow {
  /** What the resume link carries: the server id when there is one. */
  id: string;
  localId: string | null;
  serverId: string | null;
  procedureCode: string;
  procedureName: string;
  updatedAt: string;
  phoneOnly: boolean;
}

const DRAFTS_KEY = ["me", "drafts"] as const;

/** Drafts on the server and on this phone, one row each, newest first; the phone's copy is the fresher. */
function mergeDrafts(server: Awaited<ReturnType<typeof fetchServerDrafts>> | undefined, local: LocalDraft[]): DraftRow[] {
  const rows = new Map<string, DraftRow>();
  for (const draft of server ?? []) {
    const name = typeof draft.data.procedureName === "string" ? draft.data.procedureName : draft.procedureCode;
    rows.set(draft.id, { id: draft.id, localId: null, serverId: draft.id, procedureCode: draft.procedureCode, procedureName: name, updatedAt: draft.updatedAt, phoneOnly: false });
  }
  for (const draft of local) {
    const key = draft.serverId ?? draft.localId;
    const onServer = rows.get(key);
    rows.set(key, {
      id: key,
      localId: draft.localId,
      serverId: draft.serverId,
      procedureCode: draft.procedureCode,
      procedureName: draft.procedureName,
      updatedAt: onServer && onServer.updatedAt > draft.updatedAt ? onServer.updatedAt : draft.updatedAt,
      phoneOnly: draft.serverId === null,
    });
  }
  return [...rows.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/**
 * The citizen's unfinished drafts with "Tiếp tục" and "Xoá", for the My dossiers screen. Renders
 * nothing when there are none, so that screen's own empty state stays in charge.
 */
export function DraftsSection() {
  const t = useMessages(messages);
  const language = useLanguage();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [local, setLocal] = useState<LocalDraft[]>(() => listLocalDrafts());
  const [confirming, setConfirming] = useState<string | null>(null);
  const server = useQuery({
    queryKey: DRAFTS_KEY,
    queryFn: async () => {
      await syncPendingDrafts().catch(() => undefined);
      setLocal(listLocalDrafts());
      return fetchServerDrafts();
    },
  });

  useEffect(() => setLocal(listLocalDrafts()), [server.dataUpdatedAt]);

  const rows = mergeDrafts(server.data, local);
  if (rows.length === 0) return null;

  const remove = async (row: DraftRow) => {
    setConfirming(null);
    if (row.localId) await discardDraft({ localId: row.localId, serverId: row.serverId });
    else if (row.serverId) await discardDraft({ localId: "", serverId: row.serverId });
    setLocal(listLocalDrafts());
    client.setQueryData(DRAFTS_KEY, (items: Awaited<ReturnType<typeof fetchServerDrafts>> | undefined) => items?.filter((d) => d.id !== row.serverId));
  };

  return (
    <TitledSection id="drafts-section-title" title={t("title")} className="drafts-section" titleClassName="drafts-section__title">
      {server.isError && <p className="muted">{t("offline")}</p>}
      <ul className="drafts-section__list">
        {rows.map((row) => (
          <li key={row.id} className="card drafts-section__item">
            <p className="drafts-section__name">{row.procedureName}</p>
            <p className="muted">
              {t("saved", { time: formatSavedAt(row.updatedAt, language) })}
              {row.phoneOnly && ` · ${t("phoneOnly")}`}
            </p>
            {confirming === row.id ? (
              <div className="drafts-section__confirm" role="group" aria-label={t("confirm")}>
                <p>{t("confirm")}</p>
                <div className="filing-actions">
                  <button type="button" className="button button--danger" onClick={() => void remove(row)}>
                    {t("confirmYes")}
                  </button>
                  <button type="button" className="button" onClick={() => setConfirming(null)}>
                    {t("confirmNo")}
                  </button>
                </div>
              </div>
            ) : (
              <div className="filing-actions">
                <button
                  type="button"
                  className="button button--primary"
                  aria-label={t("continueNamed", { name: row.procedureName })}
                  onClick={() => navigate(paths.resumeDraft(row.procedureCode, row.id))}
                >
                  {t("continue")}
                </button>
                <button type="button" className="button" aria-label={t("removeNamed", { name: row.procedureName })} onClick={() => setConfirming(row.id)}>
                  {t("remove")}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </TitledSection>
  );
}
