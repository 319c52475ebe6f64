import { ApiError, type DossierCreated, type ProcedureDetail } from "@motcua/contracts";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useNavigate } from "zmp-ui";
import { ErrorState } from "../../components/ErrorState.tsx";
import { useLanguage, useMessages } from "../../i18n/i18n.tsx";
import { paths } from "../paths.ts";
import type { LocalDraft } from "./draft-store.ts";
import { channelOf, expectedResultDate } from "./expected-date.ts";
import { fill, prefillAnswers, prefillPostal } from "./prefill.ts";
import { stepIds, type FilingData, type StepId } from "./filing-data.ts";
import { filingMessages } from "./filing-messages.ts";
import { Receipt } from "./Receipt.tsx";
import { SaveStatus } from "./SaveStatus.tsx";
import { StepProgress } from "./StepProgress.tsx";
import { ApplicantStep } from "./steps/ApplicantStep.tsx";
import { DeliveryStep, receivingCommune, useAgencies } from "./steps/DeliveryStep.tsx";
import { DocumentsStep } from "./steps/DocumentsStep.tsx";
import { FormStep } from "./steps/FormStep.tsx";
import { ReviewStep } from "./steps/ReviewStep.tsx";
import { buildSubmitBody, fileDossier, placeServerErrors, type FileOutcome } from "./submission.ts";
import { useDraftAutosave } from "./useDraftAutosave.ts";
import { messageOf, stepOfField, validateAnswers, validateApplicant, validateDelivery, validateDocuments, type FieldErrors } from "./validation.ts";

/** The steps this procedure needs: no form step without fields, no documents step without requirements. */
export function stepsFor(procedure: ProcedureDetail): StepId[] {
  return stepIds.filter((id) => (id !== "form" || procedure.form.fields.length > 0) && (id !== "documents" || procedure.requirements.length > 0));
}

type SubmitState =
  | { state: "idle" }
  | { state: "sending"; attempt: number }
  | { state: "failed"; error: unknown }
  | { state: "reused" }
  | { state: "done"; outcome: FileOutcome; expectedAt: Date | null; delivery: "counter" | "post"; pickup: boolean };

const relatesTo = (key: string, path: string) => key === path || key.startsWith(`${path}.`) || path.startsWith(`${key}.`);

export function FilingWizard({ procedure, draft, isNew }: { procedure: ProcedureDetail; draft: LocalDraft; isNew: boolean }) {
  const t = useMessages(filingMessages);
  const language = useLanguage();
  const navigate = useNavigate();
  const { data, setData, save, finish } = useDraftAutosave(draft, isNew);
  const agencies = useAgencies();
  const steps = useMemo(() => stepsFor(procedure), [procedure]);
  const step: StepId = steps.includes(data.step) ? data.step : steps[0]!;
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState<ReadonlySet<StepId>>(new Set());
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [prefilled, setPrefilled] = useState(false);
  const [submit, setSubmit] = useState<SubmitState>({ state: "idle" });
  const heading = useRef<HTMLHeadingElement>(null);
  const focusError = useRef(false);

  const errorsOf = useCallback(
    (id: StepId, d: FilingData): FieldErrors => {
      switch (id) {
        case "applicant":
          return validateApplicant(d.applicant);
        case "form":
          return validateAnswers(procedure.form.fields, d.answers);
        case "documents":
          return validateDocuments(procedure, d.documents);
        case "delivery": {
          const errors = validateDelivery(d);
          if (procedure.level === "COMMUNE" && agencies.data && !receivingCommune(agencies.data, d)) {
            errors.agencyCode = { field: "agencyCode", code: "REQUIRED", message: "Hãy chọn nơi tiếp nhận hồ sơ", messageEn: "Choose the receiving agency" };
          }
          return errors;
        }
        case "review":
          return {};
      }
    },
    [procedure, agencies.data],
  );

  const liveErrors = useMemo(() => errorsOf(step, data), [errorsOf, step, data]);

  const errorOf = (path: string): string | undefined => {
    const server = serverErrors[path];
    if (server) return messageOf(server, language);
    const shown = attempted.has(stepOfField(path)) || touched.has(path);
    return shown ? messageOf(liveErrors[path], language) : undefined;
  };

  const update = useCallback(
    (change: (d: FilingData) => FilingData, path: string) => {
      setData(change);
      setServerErrors((errors) => {
        const kept = Object.entries(errors).filter(([key]) => !relatesTo(key, path));
        return kept.length === Object.keys(errors).length ? errors : Object.fromEntries(kept);
      });
    },
    [setData],
  );

  const touch = useCallback((path: string) => setTouched((paths) => (paths.has(path) ? paths : new Set(paths).add(path))), []);

  // A new step starts at its top, with the screen reader on its heading; after a refused "Tiếp
  // tục", on the first field to correct.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (focusError.current) {
      focusError.current = false;
      const target =
        document.querySelector<HTMLElement>(".filing-wizard .field--error :is(input, select, textarea), .filing-wizard .upload-field--error input") ??
        document.querySelector<HTMLElement>(".filing-wizard .filing-alert");
      if (target) {
        target.scrollIntoView({ block: "center" });
        target.focus({ preventScroll: true });
        return;
      }
    }
    // From the top, progress bar included; the screen reader starts at the step's name.
    heading.current?.closest(".filing-wizard")?.scrollIntoView({ block: "start" });
    heading.current?.focus({ preventScroll: true });
  }, [step, attempted, serverErrors]);

  const goTo = (target: StepId) => {
    const fromApplicant = target === "form" && step === "applicant";
    if (fromApplicant && prefillAnswers(procedure.form.fields, data.answers, data.applicant) !== data.answers) setPrefilled(true);
    setData((d) => {
      let next: FilingData = { ...d, step: target };
      if (fromApplicant) next = { ...next, answers: prefillAnswers(procedure.form.fields, d.answers, d.applicant) };
      if (target === "delivery") {
        next = { ...next, delivery: { ...d.delivery, address: fill(d.delivery.address, prefillPostal(d.applicant)) }, pickup: { ...d.pickup, address: fill(d.pickup.address, prefillPostal(d.applicant)) } };
      }
      return next;
    });
  };

  const refuse = (ids: StepId[], first: StepId) => {
    setAttempted((current) => new Set([...current, ...ids]));
    focusError.current = true;
    if (first !== step) goTo(first);
  };

  const next = () => {
    if (Object.keys(liveErrors).length > 0) return refuse([step], step);
    const index = steps.indexOf(step);
    if (index < steps.length - 1) goTo(steps[index + 1]!);
  };

  const back = () => {
    const index = steps.indexOf(step);
    if (index === 0) navigate(-1);
    else goTo(steps[index - 1]!);
  };

  const fileIt = async () => {
    const invalid = steps.filter((id) => Object.keys(errorsOf(id, data)).length > 0);
    if (invalid.length > 0) return refuse(invalid, invalid[0]!);
    const body = buildSubmitBody(procedure, data);
    setSubmit({ state: "sending", attempt: 1 });
    try {
      const outcome = await fileDossier(body, data, (unconfirmed) => setData((d) => ({ ...d, unconfirmed })), {
        onRetry: (attempt) => setSubmit({ state: "sending", attempt: attempt + 1 }),
      });
      const expectedAt = expectedResultDate(outcome.created.submittedAt, channelOf(procedure, body.channel));
      setSubmit({ state: "done", outcome, expectedAt, delivery: data.delivery.method, pickup: data.pickup.wanted });
      void finish();
    } catch (err) {
      if (err instanceof ApiError && err.status === 422 && err.errors.length > 0) {
        const placed = placeServerErrors(err.errors, body);
        setServerErrors(placed.errors);
        setSubmit({ state: "idle" });
        refuse(steps, placed.step);
      } else if (err instanceof ApiError && err.code === "IDEMPOTENCY_KEY_REUSED") {
        setSubmit({ state: "reused" });
      } else {
        setSubmit({ state: "failed", error: err });
      }
    }
  };

  if (submit.state === "done") {
    const created: DossierCreated = submit.outcome.created;
    return (
      <div className="filing-wizard">
        <Receipt created={created} fromEarlierAttempt={submit.outcome.fromEarlierAttempt} expectedAt={submit.expectedAt} delivery={submit.delivery} pickup={submit.pickup} />
      </div>
    );
  }

  const stepServerErrors = Object.values(serverErrors).filter((error) => stepOfField(error.field) === step);
  const visibleCount = Object.keys(liveErrors).length;
  const stepProps = { procedure, data, update, errorOf, touch };
  const sending = submit.state === "sending";

  return (
    <div className="filing-wizard">
      <p className="filing-wizard__procedure">{procedure.name}</p>
      <StepProgress steps={steps} current={step} />
      <SaveStatus save={save} />
      <h2 ref={heading} tabIndex={-1} className="filing-wizard__heading">
        {t(`step_${step}`)}
      </h2>

      {stepServerErrors.length > 0 && (
        <div className="filing-alert" role="alert" tabIndex={-1}>
          <p>{t("serverErrors")}</p>
          {step === "review" && (
            <ul>
              {stepServerErrors.map((error) => (
                <li key={error.field}>{messageOf(error, language)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {attempted.has(step) && visibleCount > 0 && stepServerErrors.length === 0 && (
        <p className="filing-alert" role="alert">
          {step === "documents" && Object.values(liveErrors).some((e) => e.code === "UPLOADING") ? t("waitUploads") : t("fixErrors", { count: visibleCount })}
        </p>
      )}

      {step === "applicant" && <ApplicantStep {...stepProps} />}
      {step === "form" && <FormStep {...stepProps} prefilled={prefilled} />}
      {step === "documents" && <DocumentsStep {...stepProps} />}
      {step === "delivery" && <DeliveryStep {...stepProps} />}
      {step === "review" && <ReviewStep procedure={procedure} data={data} steps={steps} onEdit={goTo} />}

      {step === "review" && submit.state === "failed" && <ErrorState error={submit.error} onRetry={() => void fileIt()} />}
      {step === "review" && submit.state === "reused" && (
        <div className="filing-alert" role="alert">
          <p>{t("alreadyFiled")}</p>
          <button type="button" className="button" onClick={() => navigate(paths.myDossiers)}>
            {t("toMyDossiers")}
          </button>
        </div>
      )}
      {sending && (
        <p className="filing-sending" role="status" aria-live="polite">
          {submit.attempt > 1 ? t("retrying", { attempt: submit.attempt }) : t("submitting")}
        </p>
      )}

      <div className="filing-actions">
        <button type="button" className="button" onClick={back} disabled={sending}>
          {t("back")}
        </button>
        {step === "review" ? (
          <button type="button" className="button button--primary" onClick={() => void fileIt()} disabled={sending} aria-busy={sending}>
            {sending ? t("submitting") : t("submit")}
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={next}>
            {t("next")}
          </button>
        )}
      </div>
    </div>
  );
}
