import { useEffect, useId, useRef, type FormEvent, type ReactNode } from "react";

interface DialogProps {
  title: string;
  onClose: () => void;
  /** With onSubmit the body is a form: Enter submits, required fields are checked first. */
  onSubmit?: () => void;
  submitLabel?: string;
  danger?: boolean;
  busy?: boolean;
  wide?: boolean;
  children: ReactNode;
  /** Extra buttons beside Cancel, for dialogs that are not a form. */
  footer?: ReactNode;
}

/**
 * A native modal <dialog>: the browser traps focus, closes on Escape, restores focus on close and
 * makes the page behind it inert, which a hand-made overlay would each have to reimplement.
 */
export function Dialog({ title, onClose, onSubmit, submitLabel = "Xác nhận", danger, busy, wide, children, footer }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) onSubmit?.();
  };

  return (
    <dialog
      ref={ref}
      className={wide ? "dialog dialog-wide" : "dialog"}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <form method="dialog" onSubmit={submit}>
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <div className="dialog-body">{children}</div>
        <div className="dialog-actions">
          {footer}
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {onSubmit ? "Hủy" : "Đóng"}
          </button>
          {onSubmit && (
            <button type="submit" className={danger ? "button button-danger" : "button button-primary"} disabled={busy} aria-busy={busy}>
              {busy ? "Đang gửi…" : submitLabel}
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}
