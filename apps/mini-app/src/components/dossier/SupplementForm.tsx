import "./dossier.css";
import { ApiError, SupplementSubmission, type DossierDetail, type Requirement } from "@motcua/contracts";
import { useId, useState, type FormEvent } from "react";
import { ErrorState } from "../ErrorState.tsx";
import { useMessages } from "../../i18n/i18n.tsx";
import { UploadField } from "../../uploads/UploadField.tsx";
import { isBusy, uploadIds, type UploadItem } from "../../uploads/upload-item.ts";
import { DossierField } from "./DossierField.tsx";
import { dossierMessages } from "./messages.ts";
import {
  OTHER_DOCUMENT,
  requestedFields,
  supplementBody,
  uploadableRequirements,
  type ProcedureRequirements,
  type SupplementDraft,
} from "./supplement-draft.ts";

export interface SupplementFormProps {
  dossier: DossierDetail;
  procedure: ProcedureRequirements;
  draft: SupplementDraft;
  onDraftChange(update: (draft: SupplementDraft) => SupplementDraft): void;
  /** Sends; rejects with the ApiError the BFF answered. */
  onSubmit(body: SupplementSubmission): Promise<unknown>;
  onCancel(): void;
}

/** Answers a supplement request: a file picker per requested document, an optional message, send. */
export function SupplementForm({ dossier, procedure, draft, onDraftChange, onSubmit, onCancel }: SupplementFormProps) {
  const t = useMessages(dossierMessages);
  const ids = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const [serverErrors, setServerErrors] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const { named, other } = requestedFields(dossier, procedure);
  // Everything the officer asked for must come now: the law allows one supplement request only.
  const otherRequired = other && (dossier.supplementRequest?.items.length ?? 0) > 0;
  const choices = uploadableRequirements(procedure);
  // By default the "other" documents count as a requirement the officer did not name already.
  const otherRequirementId = draft.otherRequirementId || (choices.find((r) => !named.includes(r)) ?? choices[0])?.id || "";
  const otherRequirement = choices.find((r) => r.id === otherRequirementId);

  const setFiles = (key: string) => (items: UploadItem[]) => {
    onDraftChange((d) => ({ ...d, files: { ...d.files, [key]: items } }));
    if (missing.has(key)) {
      setMissing((previous) => new Set([...previous].filter((k) => k !== key)));
      setProblem(null);
    }
  };
  const hintFor = (requirement: Requirement) =>
    dossier.supplementRequest?.items
      .filter((item) => item.requirementId === requirement.id)
      .map((item) => item.note)
      .join(" · ") || undefined;

  async function send() {
    setProblem(null);
    setServerErrors([]);
    setFailure(null);
    const all = Object.values(draft.files).flat();
    if (all.some(isBusy)) return setProblem(t("supplementStillUploading"));
    const lacking = new Set(named.map((r) => r.id).filter((id) => uploadIds(draft.files[id] ?? []).length === 0));
    if (otherRequired && uploadIds(draft.files[OTHER_DOCUMENT] ?? []).length === 0) lacking.add(OTHER_DOCUMENT);
    setMissing(lacking);
    if (lacking.size > 0) return setProblem(t("supplementNeedAll"));
    const checked = SupplementSubmission.safeParse(supplementBody({ ...draft, otherRequirementId }));
    if (!checked.success) {
      const noteIssue = checked.error.issues.some((i) => i.path[0] === "note");
      return setProblem(noteIssue ? t("textInvalid") : t("supplementNeedOne"));
    }
    setSending(true);
    try {
      await onSubmit(checked.data);
    } catch (err) {
      if (err instanceof ApiError && err.status === 422 && err.errors.length) {
        setServerErrors([...new Set(err.errors.map((e) => e.message ?? e.code))]);
      } else {
        setFailure(err);
      }
    } finally {
      setSending(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void send();
  }

  return (
    <form className="supplement-form" onSubmit={submit} noValidate aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`} className="dossier-subtitle">
        {t("supplementTitle")}
      </h3>
      <p className="muted">{t("supplementIntro")}</p>
      {named.map((requirement) => {
        const hint = hintFor(requirement);
        return (
          <UploadField
            key={requirement.id}
            id={`${ids}-${requirement.id}`.replace(/:/g, "")}
            label={requirement.name}
            accept={requirement.acceptedTypes}
            maxFiles={requirement.maxFiles}
            files={draft.files[requirement.id] ?? []}
            onChange={setFiles(requirement.id)}
            required
            {...(hint ? { requirementHint: hint } : {})}
            {...(missing.has(requirement.id) ? { error: t("supplementMissing") } : {})}
          />
        );
      })}
      {other && otherRequirement && (
        <div className="supplement-form__other">
          <DossierField id={`${ids}-other-kind`} label={t("supplementOtherKind")}>
            <select
              id={`${ids}-other-kind`}
              className="dossier-field__control"
              value={otherRequirementId}
              onChange={(e) => onDraftChange((d) => ({ ...d, otherRequirementId: e.target.value }))}
            >
              {choices.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </DossierField>
          <UploadField
            id={`${ids}-other`.replace(/:/g, "")}
            label={t("supplementOtherDocument")}
            accept={otherRequirement.acceptedTypes}
            maxFiles={otherRequirement.maxFiles}
            files={draft.files[OTHER_DOCUMENT] ?? []}
            onChange={setFiles(OTHER_DOCUMENT)}
            required={otherRequired}
            {...(missing.has(OTHER_DOCUMENT) ? { error: t("supplementMissing") } : {})}
          />
        </div>
      )}
      <DossierField id={`${ids}-note`} label={t("supplementNote")}>
        <textarea
          id={`${ids}-note`}
          className="dossier-field__control"
          rows={3}
          value={draft.note}
          onChange={(e) => onDraftChange((d) => ({ ...d, note: e.target.value }))}
        />
      </DossierField>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {serverErrors.length > 0 && (
        <ul className="field-error" role="alert">
          {serverErrors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {failure !== null && <ErrorState error={failure} onRetry={() => void send()} />}
      <div className="dossier-actions">
        <button type="submit" className="dossier-button dossier-button--primary" disabled={sending} aria-busy={sending}>
          {sending ? t("supplementSending") : t("supplementSubmit")}
        </button>
        <button type="button" className="dossier-button" disabled={sending} onClick={onCancel}>
          {t("supplementCancel")}
        </button>
      </div>
    </form>
  );
}
