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
import { useId, useMemo, useState } from "react";
import { AppPage } from "../../components/AppPage.tsx";
import { ChoiceFieldset } from "../../components/dossier/ChoiceFieldset.tsx";
import { CountedTextField } from "../../components/dossier/CountedTextField.tsx";
import { SendForm } from "../../components/dossier/SendForm.tsx";
import { issueFields, useFormSend, type RefusedField } from "../../components/dossier/use-form-send.ts";
import { useLanguage, useMessages, type Translate } from "../../i18n/i18n.tsx";
import { dayLabel } from "../appointments/day-label.ts";
import { ContactFields, contactErrorOf, contactOf, newContact, type ContactDraft, type ContactErrors } from "./ContactFields.tsx";
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
    else if (top === "contact" && sub) errors.contact = { ...errors.contact, ...contactErrorOf(sub, t) };
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
    contact: newContact(),
  }));
  const { errors, hasErrors, failure, sending, created, submit: sendChecked } = useFormSend({
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

  const errorText = (field: Field) =>
    errors[field] && (
      <p id={`${ids}-${field}-error`} className="field-error" role="alert">
        {errors[field]}
      </p>
    );

  return (
    <AppPage title={t("consultingTitle")} className="dossier-screen voice-screen">
      {created ? (
        <RequestReceipt created={created} />
      ) : (
        <SendForm sendLabel={t("send")} hasErrors={hasErrors} failure={failure} sending={sending} onSend={() => void send()}>
          <ChoiceFieldset
            name={`${ids}-topic`}
            legend={t("topicLegend")}
            values={consultingTopics}
            labelOf={(value) => consultingTopicLabel[value][language]}
            value={draft.topic}
            error={errors.topic}
            onChange={(topic) => update({ topic })}
          />

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

          <ChoiceFieldset
            name={`${ids}-period`}
            legend={t("periodLegend")}
            values={dayPeriods}
            labelOf={(value) => dayPeriodLabel[value][language]}
            value={draft.preferredPeriod}
            error={errors.preferredPeriod}
            onChange={(preferredPeriod) => update({ preferredPeriod })}
          />

          <ContactFields value={draft.contact} onChange={(contact) => update({ contact })} errors={errors.contact ?? {}} />
        </SendForm>
      )}
    </AppPage>
  );
}
