import type { ReactNode } from "react";
import type { Translate } from "../../i18n/i18n.tsx";
import { ConfirmDialog } from "./ConfirmDialog.tsx";

type CancelDialogKey = "cancelTitle" | "cancelExplain" | "cancelConfirm" | "cancelling" | "cancelKeep";

/**
 * Asks before cancelling what the citizen booked or asked for, in the words of the screen's own
 * messages. `onCancel` does it and the dialog closes; `children` go under the explanation.
 */
export function CancelDialog({ t, onCancel, onClose, children }: { t: Translate<CancelDialogKey>; onCancel: () => Promise<void>; onClose(): void; children?: ReactNode }) {
  async function cancel() {
    await onCancel();
    onClose();
  }

  return (
    <ConfirmDialog title={t("cancelTitle")} confirmLabel={t("cancelConfirm")} sendingLabel={t("cancelling")} keepLabel={t("cancelKeep")} onConfirm={cancel} onClose={onClose}>
      <p>{t("cancelExplain")}</p>
      {children}
    </ConfirmDialog>
  );
}
