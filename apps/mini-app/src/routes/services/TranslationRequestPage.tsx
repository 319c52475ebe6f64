import "../../components/dossier/dossier.css";
import "../feedback/feedback.css";
import "./services.css";
import {
  SubmitTranslationRequest,
  TRANSLATION_MAX_DOCUMENTS,
  TRANSLATION_MAX_PAGES,
  translationLanguageLabel,
  translationLanguages,
  type TranslationLanguage,
} from "@motcua/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { AppPage } from "../../components/AppPage.tsx";
import { SendForm } from "../../components/dossier/SendForm.tsx";
import { issueFields, useFormSend, type RefusedField } from "../../components/dossier/use-form-send.ts";
import { useLanguage, useMessages, type Translate } from "../../i18n/i18n.tsx";
import { UploadField } from "../../uploads/UploadField.tsx";
import { isBusy, uploadIds, type UploadItem } from "../../uploads/upload-item.ts";
import { ContactFields, contactErrorOf, contactOf, newContact, type ContactDraft, type ContactErrors } from "./ContactFields.tsx";
import { serviceMessages, type ServiceMessageKey } from "./messages.ts";
import { RequestReceipt } from "./RequestReceipt.tsx";
import { sendTranslation, serviceKeys, type TranslationBody } from "./service-queries.ts";

const DOCUMENT_KINDS = ["pdf", "jpeg", "png", "heic"] as const;

interface Draft {
  sourceLanguage: TranslationLanguage;
  targetLanguage: TranslationLanguage;
  documents: UploadItem[];
  pages: string;
  notarised: boolean;
  note: string;
  contact: ContactDraft;
}

type Field = "pair" | "documents" | "pages" | "note";
type Errors = Partial<Record<Field, string>> & { contact?: ContactErrors };

function bodyOf(draft: Draft): TranslationBody {
  return {
    sourceLanguage: draft.sourceLanguage,
    targetLanguage: draft.targetLanguage,
    documentIds: uploadIds(draft.documents),
    pages: Number(draft.pages),
    notarised: draft.notarised,
    ...(draft.note.trim() ? { note: draft.note } : {}),
    contact: contactOf(draft.contact),
  };
}

function errorsOf(fields: RefusedField[], t: Translate<ServiceMessageKey>, english: boolean): Errors {
  const errors: Errors = {};
  for (const { field, message, messageEn } of fields) {
    const [top, sub] = field.split(".");
    if (top === "sourceLanguage" || top === "targetLanguage") errors.pair = t("pairInvalid");
    // A document the server refused says why (expired, used elsewhere); a missing one is ours to say.
    else if (top === "documentIds") errors.documents = sub !== undefined && message ? t("documentsProblem", { reason: (english ? messageEn : message) ?? message }) : t("documentsRequired");
    else if (top === "pages") errors.pages = t("pagesInvalid", { max: TRANSLATION_MAX_PAGES });
    else if (top === "note") errors.note = (english ? messageEn : message) ?? "";
    else if (top === "contact" && sub) errors.contact = { ...errors.contact, ...contactErrorOf(sub, t) };
  }
  return errors;
}

/** Asking for a translation: the documents (uploaded first), the language pair, the page count, notarisation. */
export default function TranslationRequestPage() {
  const t = useMessages(serviceMessages);
  const language = useLanguage();
  const ids = useId();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => ({
    sourceLanguage: "vi",
    targetLanguage: "en",
    documents: [],
    pages: "1",
    notarised: false,
    note: "",
    contact: newContact(),
  }));
  const { errors, hasErrors, setErrors, failure, sending, created, submit: sendChecked } = useFormSend({
    send: sendTranslation,
    errorsOf: (fields) => errorsOf(fields, t, language === "en"),
    onSent: () => void queryClient.invalidateQueries({ queryKey: serviceKeys.mine }),
  });
  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  async function send() {
    if (draft.documents.some(isBusy)) {
      setErrors({ documents: t("documentsBusy") });
      return;
    }
    const body = bodyOf(draft);
    const checked = SubmitTranslationRequest.safeParse(body);
    // The contract checks the pair only once every field is well formed; the citizen hears of it at once.
    const pairInvalid = body.sourceLanguage === body.targetLanguage || (body.sourceLanguage !== "vi" && body.targetLanguage !== "vi");
    await sendChecked(
      body,
      checked.success ? null : { ...errorsOf(issueFields(checked.error.issues), t, language === "en"), ...(pairInvalid ? { pair: t("pairInvalid") } : {}) },
    );
  }

  const languageSelect = (key: "sourceLanguage" | "targetLanguage", label: string) => (
    <div className="dossier-field">
      <label htmlFor={`${ids}-${key}`} className="dossier-field__label">
        {label}
      </label>
      <select
        id={`${ids}-${key}`}
        className="dossier-field__control"
        value={draft[key]}
        onChange={(e) => update({ [key]: e.target.value as TranslationLanguage })}
        aria-invalid={errors.pair ? true : undefined}
        aria-describedby={`${ids}-pair-hint${errors.pair ? ` ${ids}-pair-error` : ""}`}
      >
        {translationLanguages.map((code) => (
          <option key={code} value={code}>
            {translationLanguageLabel[code][language]}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <AppPage title={t("translationTitle")} className="dossier-screen voice-screen">
      {created ? (
        <RequestReceipt created={created} />
      ) : (
        <SendForm sendLabel={t("send")} hasErrors={hasErrors} failure={failure} sending={sending} onSend={() => void send()}>
          <div className="service-pair">
            {languageSelect("sourceLanguage", t("sourceLabel"))}
            {languageSelect("targetLanguage", t("targetLabel"))}
          </div>
          <p id={`${ids}-pair-hint`} className="muted dossier-field__hint">
            {t("pairVietnamese")}
          </p>
          {errors.pair && (
            <p id={`${ids}-pair-error`} className="field-error" role="alert">
              {errors.pair}
            </p>
          )}

          <UploadField
            id={`${ids}-documents`}
            label={t("documentsLabel")}
            accept={DOCUMENT_KINDS}
            files={draft.documents}
            onChange={(documents) => setDraft((current) => ({ ...current, documents }))}
            maxFiles={TRANSLATION_MAX_DOCUMENTS}
            requirementHint={t("documentsHint", { max: TRANSLATION_MAX_DOCUMENTS })}
            required
            {...(errors.documents ? { error: errors.documents } : {})}
          />

          <div className="dossier-field">
            <label htmlFor={`${ids}-pages`} className="dossier-field__label">
              {t("pagesLabel")}
            </label>
            <p id={`${ids}-pages-hint`} className="muted dossier-field__hint">
              {t("pagesHint")}
            </p>
            <input
              id={`${ids}-pages`}
              className="dossier-field__control"
              type="number"
              inputMode="numeric"
              min={1}
              max={TRANSLATION_MAX_PAGES}
              value={draft.pages}
              onChange={(e) => update({ pages: e.target.value })}
              aria-invalid={errors.pages ? true : undefined}
              aria-describedby={`${ids}-pages-hint${errors.pages ? ` ${ids}-pages-error` : ""}`}
            />
            {errors.pages && (
              <p id={`${ids}-pages-error`} className="field-error" role="alert">
                {errors.pages}
              </p>
            )}
          </div>

          <label className="voice-check">
            <input type="checkbox" checked={draft.notarised} onChange={(e) => update({ notarised: e.target.checked })} />
            <span>{t("notarisedLabel")}</span>
          </label>

          <div className="dossier-field">
            <label htmlFor={`${ids}-note`} className="dossier-field__label">
              {t("noteLabel")}
            </label>
            <textarea id={`${ids}-note`} className="dossier-field__control" rows={2} value={draft.note} onChange={(e) => update({ note: e.target.value })} />
            {errors.note && (
              <p className="field-error" role="alert">
                {errors.note}
              </p>
            )}
          </div>

          <ContactFields value={draft.contact} onChange={(contact) => update({ contact })} errors={errors.contact ?? {}} />
        </SendForm>
      )}
    </AppPage>
  );
}
