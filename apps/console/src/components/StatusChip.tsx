import type { DossierStatus } from "@motcua/contracts";

/** Colour follows who has the ball: the desk, the processor, the citizen, or nobody (closed). */
const tone: Record<DossierStatus, string> = {
  SUBMITTED: "new",
  RECEIVED: "desk",
  IN_PROGRESS: "work",
  AWAITING_SUPPLEMENT: "citizen",
  AWAITING_PAYMENT: "citizen",
  RESULT_READY: "desk",
  IN_DELIVERY: "work",
  DELIVERED: "done",
  REFUSED: "closed",
  WITHDRAWN: "closed",
  STOPPED: "closed",
};

export function StatusChip({ status, label }: { status: DossierStatus; label: string }) {
  return <span className={`chip chip-${tone[status]}`}>{label}</span>;
}

export function OverdueBadge() {
  return <span className="badge-overdue">Quá hạn</span>;
}
