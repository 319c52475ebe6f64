import "./dossier.css";
import { WithdrawRequest } from "@motcua/contracts";
import { useId, useState } from "react";
import { Modal } from "zmp-ui";
import { ErrorState } from "../ErrorState.tsx";
import { fieldAria } from "../field-aria.ts";
import { useMessages } from "../../i18n/i18n.tsx";
import { DossierField } from "./DossierField.tsx";
import { dossierMessages } from "./messages.ts";

const REASON_MAX = 1000;

export interface WithdrawDialogProps {
  visible: boolean;
  onClose(): void;
  /** Withdraws; rejects with the ApiError the BFF answered (the dialog shows it and keeps the reason). */
  onConfirm(reason: string | undefined): Promise<unknown>;
}

/** Asks before a step that cannot be undone, with an optional reason the agency will read. */
export function WithdrawDialog({ visible, onClose, onConfirm }: WithdrawDialogProps) {
  const t = useMessages(dossierMessages);
  const ids = useId();
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);

  async function confirm() {
    setFailure(null);
    const checked = WithdrawRequest.safeParse(reason.trim() ? { reason } : {});
    if (!checked.success) {
      setReasonError(reason.trim().length > REASON_MAX ? t("textTooLong", { max: REASON_MAX }) : t("textInvalid"));
      return;
    }
    setReasonError(null);
    setSending(true);
    try {
      await onConfirm(checked.data.reason);
    } catch (err) {
      setFailure(err);
    } finally {
      setSending(false);
    }
  }

  return (
    <Modal visible={visible} title={t("withdrawTitle")} onClose={sending ? undefined : onClose} maskClosable={!sending}>
      <div className="dossier-screen">
        <p className="withdraw__explain">{t("withdrawExplain")}</p>
        <DossierField id={`${ids}-reason`} label={t("withdrawReason")} error={reasonError}>
          <textarea
            id={`${ids}-reason`}
            className="dossier-field__control"
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            {...fieldAria(`${ids}-reason`, false, reasonError)}
          />
        </DossierField>
        {failure !== null && <ErrorState error={failure} onRetry={() => void confirm()} />}
        <div className="dossier-actions">
          <button type="button" className="dossier-button dossier-button--danger" disabled={sending} aria-busy={sending} onClick={() => void confirm()}>
            {sending ? t("withdrawSending") : t("withdrawConfirm")}
          </button>
          <button type="button" className="dossier-button" disabled={sending} onClick={onClose}>
            {t("withdrawCancel")}
          </button>
        </div>
      </div>
    </Modal>
  );
}
