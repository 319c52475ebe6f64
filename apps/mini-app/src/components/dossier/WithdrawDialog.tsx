import "./dossier.css";
import { WithdrawRequest } from "@motcua/contracts";
import { useId, useState } from "react";
import { fieldAria } from "../field-aria.ts";
import { useMessages } from "../../i18n/i18n.tsx";
import { ConfirmDialog } from "./ConfirmDialog.tsx";
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

  function withdraw() {
    const checked = WithdrawRequest.safeParse(reason.trim() ? { reason } : {});
    if (!checked.success) {
      setReasonError(reason.trim().length > REASON_MAX ? t("textTooLong", { max: REASON_MAX }) : t("textInvalid"));
      return false;
    }
    setReasonError(null);
    return onConfirm(checked.data.reason);
  }

  return (
    <ConfirmDialog
      visible={visible}
      title={t("withdrawTitle")}
      confirmLabel={t("withdrawConfirm")}
      sendingLabel={t("withdrawSending")}
      keepLabel={t("withdrawCancel")}
      onConfirm={withdraw}
      onClose={onClose}
    >
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
    </ConfirmDialog>
  );
}
