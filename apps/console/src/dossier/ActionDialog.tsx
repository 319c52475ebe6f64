import { useState, type ReactNode } from "react";
import type { Agency, DeskAction, DeskDossierDetail, ProcedureDetail } from "@motcua/contracts";
import * as api from "../api.ts";
import { Alert, messageOf } from "../components/Alert.tsx";
import { Dialog } from "../components/Dialog.tsx";
import { formatLocalDay, vnToday } from "../lib/format.ts";
import { useLoad } from "../lib/hooks.ts";
import { ApiError } from "../lib/http.ts";
import { actionSpecs, buildCommand, emptyDraft, type ActionDraft, type ActionInput } from "./action-specs.ts";
import { ResultDocuments, SupplementItems } from "./ListInputs.tsx";

/** Where each input's server-side errors arrive (`dueDate` is sent as `dueAt`). */
const fieldOf: Record<ActionInput, string> = {
  note: "note",
  reason: "reason",
  items: "items",
  agencyCode: "agencyCode",
  amount: "amount",
  dueDate: "dueAt",
  documents: "documents",
  trackingNumber: "trackingNumber",
  recipient: "recipient",
};

export interface ActionDialogProps {
  action: DeskAction;
  dossier: DeskDossierDetail;
  etag: string;
  procedure: ProcedureDetail | undefined;
  onDone: (result: api.VersionedDossier) => void;
  /** The dossier moved on (412) or can no longer take this step (409): reload and say why. */
  onStale: (message: string) => void;
  onClose: () => void;
}

export function ActionDialog({ action, dossier, etag, procedure, onDone, onStale, onClose }: ActionDialogProps) {
  const spec = actionSpecs[action];
  const [draft, setDraft] = useState<ActionDraft>(() =>
    emptyDraft({ ...(procedure?.results[0] ? { resultName: procedure.results[0] } : {}), recipient: dossier.applicant.fullName }),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = <K extends keyof ActionDraft>(key: K, value: ActionDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const errorOf = (field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined);
  const known = spec.inputs.map((i) => fieldOf[i]);
  const unplaced = error instanceof ApiError ? error.errors.filter((e) => !known.some((k) => e.field === k || e.field.startsWith(`${k}.`))) : [];

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(await api.act(dossier.id, buildCommand(action, draft), etag));
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) return onStale("Hồ sơ vừa được người khác cập nhật. Đã tải lại hồ sơ, vui lòng kiểm tra rồi thao tác lại.");
      if (err instanceof ApiError && err.status === 409) return onStale(messageOf(err));
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const text = (input: "reason" | "note" | "trackingNumber" | "recipient", label: string) => (
    <Field key={input} label={label} error={errorOf(fieldOf[input])} id={input}>
      {(props) =>
        input === "reason" || input === "note" ? (
          <textarea {...props} rows={3} required={input === "reason"} minLength={input === "reason" ? 5 : undefined} value={draft[input]} onChange={(e) => set(input, e.target.value)} />
        ) : (
          <input {...props} required={input === "trackingNumber"} value={draft[input]} onChange={(e) => set(input, e.target.value)} placeholder={input === "trackingNumber" ? "VD: EB123456789VN" : undefined} />
        )
      }
    </Field>
  );

  return (
    <Dialog title={spec.label} onClose={onClose} onSubmit={submit} submitLabel={spec.label} danger={spec.danger ?? false} busy={busy} wide={spec.inputs.includes("items") || spec.inputs.includes("documents")}>
      <p>{spec.explain}</p>
      <p className="muted small">
        Hồ sơ {dossier.officialCode ?? dossier.reference} — {dossier.applicant.fullName}
      </p>
      {error !== null && !(error instanceof ApiError && error.status === 422) && <Alert>{messageOf(error)}</Alert>}
      {unplaced.length > 0 && <Alert>{unplaced.map((e) => e.message ?? e.field).join(" · ")}</Alert>}
      {spec.inputs.map((input) => {
        switch (input) {
          case "items":
            return <SupplementItems key={input} items={draft.items} requirements={procedure?.requirements ?? []} onChange={(items) => set("items", items)} errorOf={errorOf} />;
          case "documents":
            return <ResultDocuments key={input} documents={draft.documents} onChange={(docs) => set("documents", docs)} errorOf={errorOf} />;
          case "agencyCode":
            return <AgencyPicker key={input} value={draft.agencyCode} exclude={dossier.agency.code} onChange={(v) => set("agencyCode", v)} error={errorOf("agencyCode")} />;
          case "amount":
            return (
              <Field key={input} label="Số tiền phải nộp (đồng)" error={errorOf("amount")} id="amount">
                {(props) => <input {...props} type="number" inputMode="numeric" min={1} step={1} required value={draft.amount} onChange={(e) => set("amount", e.target.value)} />}
              </Field>
            );
          case "dueDate":
            return (
              <div key={input}>
                <Field label="Ngày hẹn trả mới" error={errorOf("dueAt")} id="dueDate">
                  {(props) => <input {...props} type="date" min={vnToday()} required value={draft.dueDate} onChange={(e) => set("dueDate", e.target.value)} />}
                </Field>
                {/* Date inputs follow the PC's language: an English Windows shows 12/04 for 4 December. */}
                {draft.dueDate && <p className="muted small">Hẹn trả kết quả lúc 17:00 ngày {formatLocalDay(draft.dueDate)}.</p>}
              </div>
            );
          case "reason":
            return text("reason", "Lý do");
          case "note":
            return text("note", "Ghi chú (không bắt buộc)");
          case "trackingNumber":
            return text("trackingNumber", "Mã bưu gửi VNPost");
          case "recipient":
            return text("recipient", "Người nhận kết quả");
        }
      })}
    </Dialog>
  );
}

interface FieldProps {
  label: string;
  id: string;
  error: string | undefined;
  children: (props: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
}

function Field({ label, id, error, children }: FieldProps) {
  const inputId = `action-${id}`;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      {children({ id: inputId, ...(error ? { "aria-invalid": true as const, "aria-describedby": `${inputId}-error` } : {}) })}
      {error && (
        <span className="field-error" id={`${inputId}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}

function AgencyPicker({ value, exclude, onChange, error }: { value: string; exclude: string; onChange: (v: string) => void; error: string | undefined }) {
  const agencies = useLoad<Agency[]>("agencies", () => api.listAgencies());
  return (
    <Field label="Cơ quan nhận hồ sơ" error={error ?? (agencies.error ? messageOf(agencies.error) : undefined)} id="agencyCode">
      {(props) => (
        <select {...props} required value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{agencies.loading ? "Đang tải danh sách…" : "— Chọn cơ quan —"}</option>
          {(agencies.data ?? [])
            .filter((a) => a.code !== exclude)
            .map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
        </select>
      )}
    </Field>
  );
}
