import { deskActions, type DeskAction, type DeskDossierDetail, type ProcedureDetail } from "@motcua/contracts";
import type { VersionedDossier } from "../api.ts";
import { ActionsCard } from "../components/ActionsCard.tsx";
import { formatMoney } from "../lib/format.ts";
import { useStepDialog } from "../lib/hooks.ts";
import { ActionDialog } from "./ActionDialog.tsx";
import { actionSpecs } from "./action-specs.ts";

const done = Object.fromEntries(deskActions.map((action) => [action, actionSpecs[action].done])) as Record<DeskAction, string>;

interface ActionsPanelProps {
  current: VersionedDossier;
  procedure: ProcedureDetail | undefined;
  onDone: (result: VersionedDossier, message: string) => void;
  onStale: (message: string) => void;
}

/** Only what the BFF says this officer may do now; each step opens a confirmation with its inputs. */
export function ActionsPanel({ current, procedure, onDone, onStale }: ActionsPanelProps) {
  const step = useStepDialog(done, onDone);
  const { dossier } = current;
  return (
    <ActionsCard
      id="actions-title"
      title="Thao tác"
      lead={<PendingFacts dossier={dossier} />}
      actions={dossier.allowedActions}
      noneLeft="Không có thao tác nào bạn được thực hiện ở trạng thái này."
      toneOf={(action) => (actionSpecs[action].danger ? "danger" : "primary")}
      labelOf={(action) => actionSpecs[action].label}
      onPick={step.open}
    >
      {step.acting && (
        <ActionDialog
          action={step.acting}
          dossier={dossier}
          etag={current.etag}
          procedure={procedure}
          onClose={step.close}
          onDone={step.finish}
          onStale={(message) => {
            step.close();
            onStale(message);
          }}
        />
      )}
    </ActionsCard>
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
