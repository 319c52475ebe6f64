import "../../components/dossier/dossier.css";
import "../feedback/feedback.css";
import "./services.css";
import {
  consultingTopicLabel,
  consultingTopics,
  dayPeriodLabel,
  dayPeriods,
  SERVICE_QUESTION_MAX,
  SERVICE_QUESTION_MIN,
  SubmitConsultingRequest,
  type ConsultingTopic,
  type DayPeriod,
} from "@motcua/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useId, useMemo, useState, type FormEvent } from "react";
import { currentCitizen } from "../../api/session.ts";
import { AppPage } from "../../components/AppPage.tsx";
import { CountedTextField } from "../../components/dossier/CountedTextField.tsx";
import { FormSendFooter } from "../../components/dossier/FormSendFooter.tsx";
import { issueFields, useFormSend, type RefusedField } from "../../components/dossier/use-form-send.ts";
import { useLanguage, useMessages, type Translate } from "../../i18n/i18n.tsx";
import { dayLabel } from "../appointments/day-label.ts";
import { ContactFields, contactOf, type ContactDraft, type ContactErrors } from "./ContactFields.tsx";
import { serviceMessages, type ServiceMessageKey } from "./messages.ts";
import { preferredDays } from "./preferred-days.ts";
import { RequestReceipt } from "./RequestReceipt.tsx";
import { sendConsulting, serviceKeys, type ConsultingBody } from "./service-queries.ts";

interface Draft {
  topic: ConsultingTopic | null;
  topicOther: string;
  question: string;
  preferredDate: string;
  preferredPeriod: DayPeriod | null;
  contact: ContactDraft;
}

type Field = "topic" | "topicOther" | "question" | "preferredDate" | "preferredPeriod";
type Errors = Partial<Record<Field, string>> & { contact?: ContactErrors };

function bodyOf(draft: Draft): ConsultingBody {
  return {
    topic: draft.topic as ConsultingTopic,
    ...(draft.topic === "OTHER" ? { topicOther: draft.topicOther } : {}),
    question: draft.question,
    preferredDate: draft.preferredDate,
    preferredPeriod: draft.preferredPeriod as DayPeriod,
    contact: contactOf(draft.contact),
  };
}

/** Our own words for what the contract refuses; the server's for the day, which only it can judge. */
function errorsOf(fields: RefusedField[], draft: Draft, t: Translate<ServiceMessageKey>, english: boolean): Errors {
  const errors: Errors = {};
  const length = draft.question.trim().length;
  for (const { field, message, messageEn } of fields) {
    const [top, sub] = field.split(".");
    if (top === "topic") errors.topic = t("topicRequired");
    else if (top === "topicOther") errors.topicOther = t("topicOtherRequired");
    else if (top === "question") errors.question = length > SERVICE_QUESTION_MAX ? t("questionTooLong", { max: SERVICE_QUESTION_MAX }) : t("questionTooShort", { min: SERVICE_QUESTION_MIN });
    else if (top === "preferredDate") errors.preferredDate = (english ? messageEn : message) ?? t("dateRequired");
    else if (top === "preferredPeriod") errors.preferredPeriod = t("periodRequired");
    else if (top === "contact" && sub) {
      const contact = (errors.contact ??= {});
      if (sub === "name") contact.name = t("contactNameInvalid");
      if (sub === "phone") contact.phone = t("contactPhoneInvalid");
      if (sub === "email") contact.email = t("contactEmailInvalid");
    }
  }
  return errors;
}

/** Asking the center's consultants: a topic, the question, a preferred half-day and whom to call. */
export default function ConsultingRequestPage() {
  const t = useMessages(serviceMessages);
  const language = useLanguage();
  const ids = useId();
  const queryClient = useQueryClient();
  const days = useMemo(() => preferredDays(), []);
  const [draft, setDraft] = useState<Draft>(() => ({
    topic: null,
    topicOther: "",
    question: "",
    preferredDate: "",
    preferredPeriod: null,
    contact: { name: currentCitizen()?.name ?? "", phone: "", email: "" },
  }));
  const { errors, failure, sending, created, submit: sendChecked } = useFormSend({
    send: sendConsulting,
    errorsOf: (fields) => errorsOf(fields, draft, t, language === "en"),
    onSent: () => void queryClient.invalidateQueries({ queryKey: serviceKeys.mine }),
  });
  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  async function send() {
    const body = bodyOf(draft);
    const checked = SubmitConsultingRequest.safeParse(body);
    await sendChecked(body, checked.success ? null : errorsOf(issueFields(checked.error.issues), draft, t, language === "en"));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void send();
  }

  if (created) {
    return (
      <AppPage title={t("consultingTitle")} className="dossier-screen voice-screen">
        <RequestReceipt created={created} />
      </AppPage>
    );
  }

  const errorText = (field: Field) =>
    errors[field] && (
      <p id={`${ids}-${field}-error`} className="field-error" role="alert">
        {errors[field]}
      </p>
    );
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <AppPage title={t("consultingTitle")} className="dossier-screen voice-screen">
      <form className="card" onSubmit={submit} noValidate>
        <fieldset className="voice-choices" aria-describedby={errors.topic ? `${ids}-topic-error` : undefined}>
          <legend>{t("topicLegend")}</legend>
          {consultingTopics.map((value) => (
            <label key={value} className={`voice-choice ${draft.topic === value ? "voice-choice--chosen" : ""}`}>
              <input type="radio" name={`${ids}-topic`} value={value} checked={draft.topic === value} onChange={() => update({ topic: value })} />
              <span>{consultingTopicLabel[value][language]}</span>
            </label>
          ))}
          {errorText("topic")}
        </fieldset>

        {draft.topic === "OTHER" && (
          <div className="dossier-field">
            <label htmlFor={`${ids}-other`} className="dossier-field__label">
              {t("topicOtherLabel")}
            </label>
            <input
              id={`${ids}-other`}
              className="dossier-field__control"
              value={draft.topicOther}
              onChange={(e) => update({ topicOther: e.target.value })}
              aria-invalid={errors.topicOther ? true : undefined}
              aria-describedby={errors.topicOther ? `${ids}-topicOther-error` : undefined}
            />
            {errorText("topicOther")}
          </div>
        )}

        <CountedTextField
          id={`${ids}-question`}
          label={t("questionLabel")}
          hint={t("questionHint", { min: SERVICE_QUESTION_MIN })}
          value={draft.question}
          max={SERVICE_QUESTION_MAX}
          error={errors.question}
          onChange={(question) => update({ question })}
        />

        <div className="dossier-field">
          <label htmlFor={`${ids}-date`} className="dossier-field__label">
            {t("dateLabel")}
          </label>
          <select
            id={`${ids}-date`}
            className="dossier-field__control"
            value={draft.preferredDate}
            onChange={(e) => update({ preferredDate: e.target.value })}
            aria-invalid={errors.preferredDate ? true : undefined}
            aria-describedby={errors.preferredDate ? `${ids}-preferredDate-error` : undefined}
          >
            <option value="">{t("dateChoose")}</option>
            {days.map((day) => (
              <option key={day} value={day}>
                {dayLabel(day, language)}
              </option>
            ))}
          </select>
          {errorText("preferredDate")}
        </div>

        <fieldset className="voice-choices" aria-describedby={errors.preferredPeriod ? `${ids}-preferredPeriod-error` : undefined}>
          <legend>{t("periodLegend")}</legend>
          {dayPeriods.map((value) => (
            <label key={value} className={`voice-choice ${draft.preferredPeriod === value ? "voice-choice--chosen" : ""}`}>
              <input type="radio" name={`${ids}-period`} value={value} checked={draft.preferredPeriod === value} onChange={() => update({ preferredPeriod: value })} />
              <span>{dayPeriodLabel[value][language]}</span>
            </label>
          ))}
          {errorText("preferredPeriod")}
        </fieldset>

        <ContactFields value={draft.contact} onChange={(contact) => update({ contact })} errors={errors.contact ?? {}} />

        <FormSendFooter sendLabel={t("send")} hasErrors={hasErrors} failure={failure} sending={sending} onRetry={() => void send()} />
      </form>
    </AppPage>
  );
}
