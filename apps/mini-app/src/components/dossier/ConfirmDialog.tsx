import { useState, type ReactNode } from "react";
import { Modal } from "zmp-ui";
import { ErrorState } from "../ErrorState.tsx";

/**
 * Asks before a step that cannot be undone. `onConfirm` takes the step, or answers `false` when the
 * dialog's own check stopped it before anything was sent; a failure stays in the dialog with a retry.
 * The explanation and any inputs are the children.
 */
export function ConfirmDialog({
  visible = true,
  title,
  confirmLabel,
  sendingLabel,
  keepLabel,
  onConfirm,
  onClose,
  children,
}: {
  visible?: boolean;
  title: string;
  confirmLabel: string;
  sendingLabel: string;
  keepLabel: string;
  onConfirm: () => Promise<unknown> | false;
  onClose(): void;
  children: ReactNode;
}) {
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function confirm() {
    setFailure(null);
    const step = onConfirm();
    if (step === false) return;
    setSending(true);
    try {
      await step;
    } catch (err) {
      setFailure(err);
    } finally {
      setSending(false);
    }
  }

  return (
    <Modal visible={visible} title={title} onClose={sending ? undefined : onClose} maskClosable={!sending}>
      <div className="dossier-screen">
        {children}
        {failure !== null && <ErrorState error={failure} onRetry={() => void confirm()} />}
        <div className="dossier-actions">
          <button type="button" className="dossier-button dossier-button--danger" disabled={sending} aria-busy={sending} onClick={() => void confirm()}>
            {sending ? sendingLabel : confirmLabel}
          </button>
          <button type="button" className="dossier-button" disabled={sending} onClick={onClose}>
            {keepLabel}
          </button>
        </div>
      </div>
    </Modal>
  );
}
