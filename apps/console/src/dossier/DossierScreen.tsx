import * as api from "../api.ts";
import { Alert, ErrorAlert } from "../components/Alert.tsx";
import { RecordHead } from "../components/RecordHead.tsx";
import { OverdueBadge, StatusChip } from "../components/StatusChip.tsx";
import { formatDate, formatDateTime } from "../lib/format.ts";
import { useLoad, useRecordScreen } from "../lib/hooks.ts";
import { href, lastQueueRoute } from "../lib/router.ts";
import { ActionsPanel } from "./ActionsPanel.tsx";
import { AnswersSection } from "./AnswersSection.tsx";
import { ApplicantSection } from "./ApplicantSection.tsx";
import { AttachmentsSection } from "./AttachmentsSection.tsx";
import { DocumentsSection } from "./DocumentsSection.tsx";
import { TimelineSection } from "./TimelineSection.tsx";

export function DossierScreen({ id }: { id: string }) {
  const { record: current, error, notice, setNotice, noticeRef, reload, applyStep } = useRecordScreen(id, () => api.getDossier(id));

  const code = current?.dossier.procedure.code ?? "";
  const procedure = useLoad(`procedure:${code}`, () => (code ? api.getProcedure(code) : Promise.resolve(undefined)));

  if (!current) {
    return error ? <ErrorAlert error={error} /> : <p className="muted">Đang tải hồ sơ…</p>;
  }
  const { dossier } = current;
  return (
    <article aria-labelledby="dossier-title">
      <RecordHead
        backHref={href(lastQueueRoute())}
        backLabel="Hàng đợi hồ sơ"
        titleId="dossier-title"
        code={dossier.officialCode ?? dossier.reference}
        summary={
          <>
            {dossier.officialCode && <>Mã tham chiếu {dossier.reference} · </>}
            {dossier.procedure.name} · {dossier.agency.name}
          </>
        }
        status={
          <>
            <StatusChip status={dossier.status} label={dossier.statusLabel} /> {dossier.overdue && <OverdueBadge />}
          </>
        }
      />
      <dl className="summary">
        <div>
          <dt>Nộp lúc</dt>
          <dd>{formatDateTime(dossier.submittedAt)}</dd>
        </div>
        <div>
          <dt>Tiếp nhận</dt>
          <dd>{formatDateTime(dossier.receivedAt)}</dd>
        </div>
        <div>
          <dt>Hạn trả kết quả</dt>
          <dd className={dossier.overdue ? "text-danger" : undefined}>{formatDate(dossier.dueAt)}</dd>
        </div>
        <div>
          <dt>Kênh nộp</dt>
          <dd>{dossier.channel === "POSTAL" ? "Qua bưu chính" : "Trực tuyến"}</dd>
        </div>
      </dl>
      <div ref={noticeRef} tabIndex={-1} className="notice-slot">
        {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      </div>
      <div className="detail-grid">
        <div className="detail-main">
          <ApplicantSection dossier={dossier} />
          <AnswersSection answers={dossier.answers} procedure={procedure.data} />
          <AttachmentsSection documents={dossier.documents} procedure={procedure.data} />
        </div>
        <div className="detail-side">
          <ActionsPanel
            current={current}
            procedure={procedure.data}
            onDone={applyStep}
            onStale={(text) => {
              setNotice({ tone: "error", text });
              void reload();
            }}
          />
          <DocumentsSection dossier={dossier} />
          <TimelineSection timeline={dossier.timeline} />
        </div>
      </div>
    </article>
  );
}
