import { useState } from "react";
import type { DeskAction, DeskDossierDetail, ProcedureDetail } from "@motcua/contracts";
import type { VersionedDossier } from "../api.ts";
import { formatMoney } from "../lib/format.ts";
import { ActionDialog } from "./ActionDialog.tsx";
import { actionSpecs } from "./action-specs.ts";

interface ActionsPanelProps {
  current: VersionedDossier;
  procedure: ProcedureDetail | undefined;
  onDone: (result: VersionedDossier, message: string) => void;
  onStale: (message: string) => void;
}

/** Only what the BFF says this officer may do now; each step opens a confirmation with its inputs. */
export function ActionsPanel({ current, procedure, onDone, onStale }: ActionsPanelProps) {
  const [action, setAction] = useState<DeskAction | null>(null);
  const { dossier } = current;
  return (
    <section className="card" aria-labelledby="actions-title">
      <h2 id="actions-title">Thao tác</h2>
      <PendingFacts dossier={dossier} />
      {dossier.allowedActions.length === 0 ? (
        <p className="muted">Không có thao tác nào bạn được thực hiện ở trạng thái này.</p>
      ) : (
        <div className="action-buttons">
          {dossier.allowedActions.map((a) => (
            <button key={a} type="button" className={actionSpecs[a].danger ? "button button-danger-outline" : "button button-primary"} onClick={() => setAction(a)}>
              {actionSpecs[a].label}
            </button>
          ))}
        </div>
      )}
      {action && (
        <ActionDialog
          action={action}
          dossier={dossier}
          etag={current.etag}
          procedure={procedure}
          onClose={() => setAction(null)}
          onDone={(result) => {
            setAction(null);
            onDone(result, actionSpecs[action].done);
          }}
          onStale={(message) => {
            setAction(null);
            onStale(message);
          }}
        />
      )}
    </section>
  );
}

/** What the dossier is waiting for, so the officer does not have to dig through the timeline. */
function PendingFacts({ dossier }: { dossier: DeskDossierDetail }) {
  const { supplementRequest, feesDue, status } = dossier;
  return (
    <>
      {status === "AWAITING_SUPPLEMENT" && supplementRequest && (
        <div className="pending">
          <strong>Đang chờ công dân bổ sung:</strong>
          <ul>
            {supplementRequest.items.map((item, i) => (
              <li key={i}>{item.note}</li>
            ))}
          </ul>
        </div>
      )}
      {feesDue && !feesDue.paidAt && (
        <div className="pending">
          <strong>Phí, lệ phí chưa nộp:</strong> {formatMoney(feesDue.amount)}
        </div>
      )}
    </>
  );
}
