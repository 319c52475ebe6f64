import "../../components/dossier/dossier.css";
import "./feedback.css";
import {
  FEEDBACK_MAX_PHOTOS,
  FEEDBACK_TEXT_MAX,
  FEEDBACK_TEXT_MIN,
  feedbackCategories,
  feedbackCategoryLabel,
  mayBeAnonymous,
  SubmitFeedbackRequest,
  type FeedbackCreated,
} from "@motcua/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { AppPage } from "../../components/AppPage.tsx";
import { ChoiceFieldset } from "../../components/dossier/ChoiceFieldset.tsx";
import { CountedTextField } from "../../components/dossier/CountedTextField.tsx";
import { DossierField } from "../../components/dossier/DossierField.tsx";
import { SendForm } from "../../components/dossier/SendForm.tsx";
import { AppLink } from "../../components/catalog/AppLink.tsx";
import { issueFields, useFormSend, type RefusedField } from "../../components/dossier/use-form-send.ts";
import { formatDay } from "../../components/dossier/format.ts";
import { fieldAria } from "../../components/field-aria.ts";
import { useLanguage, useMessages, type Translate } from "../../i18n/i18n.tsx";
import { UploadField } from "../../uploads/UploadField.tsx";
import { isBusy } from "../../uploads/upload-item.ts";
import { paths } from "../paths.ts";
import { AgencySelect } from "./AgencySelect.tsx";
import { bodyOf, clearDraft, loadDraft, saveDraft, type FeedbackDraft } from "./feedback-draft.ts";
import { feedbackKeys, sendFeedback } from "./feedback-queries.ts";
import { feedbackMessages, type FeedbackMessageKey } from "./messages.ts";
import { ProcedurePicker } from "./ProcedurePicker.tsx";

type Field = "category" | "text" | "photos" | "contactPhone" | "anonymous";
type FieldErrors = Partial<Record<Field, string>>;

const PHOTO_KINDS = ["jpeg", "png", "heic"] as const;

/** Our own words for what the contract refuses; the server's words for what only it can know (a photo). */
function errorsOf(fields: RefusedField[], draft: FeedbackDraft, t: Translate<FeedbackMessageKey>, english: boolean): FieldErrors {
  const errors: FieldErrors = {};
  const length = draft.text.trim().length;
  for (const { field, message, messageEn } of fields) {
    const top = field.split(".")[0] as Field | "photoIds";
    if (top === "category") errors.category = t("categoryRequired");
    else if (top === "text") errors.text = length < FEEDBACK_TEXT_MIN ? t("textTooShort", { min: FEEDBACK_TEXT_MIN }) : length > FEEDBACK_TEXT_MAX ? t("textTooLong", { max: FEEDBACK_TEXT_MAX }) : t("textInvalid");
    else if (top === "contactPhone") errors.contactPhone = t("phoneInvalid");
    else if (top === "photoIds") errors.photos = t("photoProblem", { reason: (english ? messageEn : message) ?? message ?? "" });
    else if (top === "anonymous") errors.anonymous = (english ? messageEn : message) ?? "";
  }
  return errors;
}

function Receipt({ created }: { created: FeedbackCreated }) {
  const t = useMessages(feedbackMessages);
  const language = useLanguage();
  return (
    <section className="card" aria-labelledby="feedback-receipt-title">
      <h2 id="feedback-receipt-title" className="dossier-section-title" tabIndex={-1}>
        {t("receiptTitle")}
      </h2>
      <p className="muted">{t("receiptCode")}</p>
      <strong className="voice-receipt__code voice-code">{created.code}</strong>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t("receiptDue")}</dt>
          <dd>{formatDay(created.dueAt, language)}</dd>
        </div>
      </dl>
      <p>{t("receiptNext")}</p>
      <div className="dossier-actions">
        <AppLink className="dossier-button dossier-button--primary" to={paths.feedback}>
          {t("receiptMine")}
        </AppLink>
        <AppLink className="dossier-button" to={paths.home}>
          {t("receiptHome")}
        </AppLink>
      </div>
    </section>
  );
}

/**
 * The feedback form. Everything typed is kept on the phone until it is sent; a refusal or a lost
 * connection leaves it all on screen, and a retry reuses the idempotency key so nothing is sent twice.
 */
export default function SendFeedbackPage() {
  const t = useMessages(feedbackMessages);
  const language = useLanguage();
  const ids = useId();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<FeedbackDraft>(loadDraft);
  const { errors, hasErrors, setErrors, failure, sending, created, submit: sendChecked } = useFormSend({
    send: sendFeedback,
    errorsOf: (fields) => errorsOf(fields, draft, t, language === "en"),
    onSent: () => {
      clearDraft();
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.mine });
    },
  });

  useEffect(() => {
    if (!created) saveDraft(draft);
  }, [draft, created]);

  useEffect(() => {
    if (created) document.getElementById("feedback-receipt-title")?.focus();
  }, [created]);

  const update = (patch: Partial<FeedbackDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const anonymousAllowed = draft.category !== null && mayBeAnonymous(draft.category);
  const uploading = draft.photos.some(isBusy);

  async function send() {
    if (uploading) {
      setErrors({ photos: t("photosBusy") });
      return;
    }
    const body = bodyOf(draft, anonymousAllowed);
    const checked = SubmitFeedbackRequest.safeParse(body);
    await sendChecked(body, checked.success ? null : errorsOf(issueFields(checked.error.issues), draft, t, language === "en"));
  }

  return (
    <AppPage title={t("formTitle")} className="dossier-screen voice-screen">
      {created ? (
        <Receipt created={created} />
      ) : (
        <SendForm sendLabel={t("send")} hasErrors={hasErrors} failure={failure} sending={sending} onSend={() => void send()}>
          <ChoiceFieldset
            name={`${ids}-category`}
            legend={t("categoryLegend")}
            values={feedbackCategories}
            labelOf={(value) => feedbackCategoryLabel[value][language]}
            value={draft.category}
            error={errors.category}
            onChange={(category) => update({ category })}
          />

          <AgencySelect id={`${ids}-agency`} label={t("agencyLabel")} emptyLabel={t("agencyNone")} value={draft.agencyCode} onChange={(agencyCode) => update({ agencyCode })} />
          <ProcedurePicker id={`${ids}-procedure`} value={draft.procedure} onChange={(procedure) => update({ procedure })} />

          <CountedTextField
            id={`${ids}-text`}
            label={t("textLabel")}
            hint={t("textHint", { min: FEEDBACK_TEXT_MIN })}
            value={draft.text}
            max={FEEDBACK_TEXT_MAX}
            error={errors.text}
            onChange={(text) => update({ text })}
          />

          <UploadField
            id={`${ids}-photos`}
            label={t("photosLabel")}
            accept={PHOTO_KINDS}
            files={draft.photos}
            onChange={(photos) => setDraft((current) => ({ ...current, photos }))}
            maxFiles={FEEDBACK_MAX_PHOTOS}
            error={errors.photos}
          />

          {anonymousAllowed && (
            <div className="dossier-field">
              <label className="voice-check">
                <input type="checkbox" checked={draft.anonymous} onChange={(e) => update({ anonymous: e.target.checked })} aria-describedby={`${ids}-anonymous-hint`} />
                <span>{t("anonymousLabel")}</span>
              </label>
              <p id={`${ids}-anonymous-hint`} className="muted dossier-field__hint">
                {t("anonymousHint")}
              </p>
              {errors.anonymous && (
                <p className="field-error" role="alert">
                  {errors.anonymous}
                </p>
              )}
            </div>
          )}

          {!(anonymousAllowed && draft.anonymous) && (
            <DossierField id={`${ids}-phone`} label={t("phoneLabel")} error={errors.contactPhone}>
              <input
                id={`${ids}-phone`}
                className="dossier-field__control"
                type="tel"
                inputMode="tel"
                autoComplete="tel"
                value={draft.contactPhone}
                onChange={(e) => update({ contactPhone: e.target.value })}
                {...fieldAria(`${ids}-phone`, false, errors.contactPhone)}
              />
            </DossierField>
          )}

          <label className="voice-check">
            <input type="checkbox" checked={draft.publishConsent} onChange={(e) => update({ publishConsent: e.target.checked })} />
            <span>{t("consentLabel")}</span>
          </label>
        </SendForm>
      )}
    </AppPage>
  );
}
