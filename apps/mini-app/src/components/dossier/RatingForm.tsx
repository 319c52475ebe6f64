import "./dossier.css";
import {
  ApiError,
  criterionLabel,
  RATING_COMMENT_MAX,
  RateDossierRequest,
  ratingCriteria,
  satisfactionLabel,
  satisfactionLevels,
  type DossierRatingState,
  type RatingCriteria,
  type RatingCriterion,
  type SatisfactionLevel,
} from "@motcua/contracts";
import { useId, useState, type FormEvent } from "react";
import { ErrorState } from "../ErrorState.tsx";
import { fieldAria } from "../field-aria.ts";
import { TitledSection } from "../TitledSection.tsx";
import { useLanguage, useMessages, type Translate } from "../../i18n/i18n.tsx";
import { DossierField } from "./DossierField.tsx";
import { formatDay } from "./format.ts";
import { dossierMessages, type DossierMessageKey } from "./messages.ts";

type FieldErrors = Partial<Record<"level" | "comment" | "criteria", string>>;

/** Our own words for what the contracts refuse, in the reader's language. */
function fieldErrorsOf(fields: string[], comment: string, t: Translate<DossierMessageKey>): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of fields) {
    if (field === "level") errors.level = t("ratingLevelRequired");
    else if (field === "comment") {
      errors.comment = comment.trim().length > RATING_COMMENT_MAX ? t("textTooLong", { max: RATING_COMMENT_MAX }) : t("textInvalid");
    } else if (field.startsWith("criteria")) errors.criteria = t("ratingFixErrors");
  }
  return errors;
}

export interface RatingFormProps {
  state: DossierRatingState;
  /** Sends the rating; rejects with the ApiError the BFF answered. */
  onSave(body: RateDossierRequest): Promise<unknown>;
}

/**
 * The satisfaction rating of a delivered dossier: one of three answers, the index's nine criteria
 * as optional detail, and a comment. Once the change window has closed it only shows the answer.
 * What the citizen typed stays on screen whatever the server says.
 */
export function RatingForm({ state, onSave }: RatingFormProps) {
  const t = useMessages(dossierMessages);
  const language = useLanguage();
  const ids = useId();
  const saved = state.rating;
  const [level, setLevel] = useState<SatisfactionLevel | null>(saved?.level ?? null);
  const [criteria, setCriteria] = useState<RatingCriteria>(saved?.criteria ?? {});
  const [comment, setComment] = useState(saved?.comment ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const [thanked, setThanked] = useState(false);

  if (!state.canRate) {
    if (!saved) return null;
    // The window closed while the citizen was typing: the text stays, to copy elsewhere.
    const unsent = comment.trim() !== "" && comment !== (saved.comment ?? "");
    return (
      <TitledSection id={`${ids}-title`} title={t("ratingTitle")} className="card rating" titleClassName="dossier-section-title">
        <p className="rating__summary">{t("ratingYours", { level: satisfactionLabel[saved.level][language] })}</p>
        {saved.comment && (
          <p>
            <span className="rating__comment-label">{t("ratingYourComment")}</span> {saved.comment}
          </p>
        )}
        <p className="muted">{t("ratingFinal")}</p>
        {unsent && (
          <DossierField id={`${ids}-unsent`} label={t("ratingUnsent")}>
            <textarea id={`${ids}-unsent`} className="dossier-field__control" rows={3} value={comment} readOnly />
          </DossierField>
        )}
      </TitledSection>
    );
  }

  const body = (): RateDossierRequest => ({
    level: level as SatisfactionLevel,
    ...(Object.keys(criteria).length ? { criteria } : {}),
    ...(comment.trim() ? { comment } : {}),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void save();
  }

  async function save() {
    setThanked(false);
    setFailure(null);
    const checked = RateDossierRequest.safeParse(body());
    if (!checked.success) {
      setErrors(fieldErrorsOf(checked.error.issues.map((i) => i.path.join(".")), comment, t));
      return;
    }
    setErrors({});
    setSending(true);
    try {
      await onSave(checked.data);
      setThanked(true);
    } catch (err) {
      if (err instanceof ApiError && err.status === 422 && err.errors.length) {
        setErrors(fieldErrorsOf(err.errors.map((e) => e.field), comment, t));
      } else {
        setFailure(err);
      }
    } finally {
      setSending(false);
    }
  }

  const conflict = failure instanceof ApiError && failure.status === 409 ? failure : null;
  const setCriterion = (key: RatingCriterion, value: string) =>
    setCriteria((previous) => {
      const next = { ...previous };
      if (value) next[key] = value as SatisfactionLevel;
      else delete next[key];
      return next;
    });

  return (
    <TitledSection id={`${ids}-title`} title={t("ratingTitle")} className="card rating" titleClassName="dossier-section-title">
      {saved ? (
        <p className="rating__summary">
          {t("ratingYours", { level: satisfactionLabel[saved.level][language] })}{" "}
          <span className="muted">{t("ratingChangeUntil", { date: formatDay(saved.changeableUntil, language) })}</span>
        </p>
      ) : (
        <p className="muted">{t("ratingIntro")}</p>
      )}
      <form onSubmit={submit} noValidate>
        <fieldset className="rating__levels" {...fieldAria(`${ids}-level`, false, errors.level)}>
          <legend className="rating__legend">{t("ratingLevelLegend")}</legend>
          {satisfactionLevels.map((value) => (
            <label key={value} className={`rating__level ${level === value ? "rating__level--chosen" : ""}`}>
              <input type="radio" name={`${ids}-level`} value={value} checked={level === value} onChange={() => setLevel(value)} />
              <span>{satisfactionLabel[value][language]}</span>
            </label>
          ))}
          {errors.level && (
            <p id={`${ids}-level-error`} className="field-error" role="alert">
              {errors.level}
            </p>
          )}
        </fieldset>

        <details className="rating__details" open={Object.keys(saved?.criteria ?? {}).length > 0}>
          <summary className="rating__details-summary">{t("ratingDetails")}</summary>
          {ratingCriteria.map((key, index) => (
            <DossierField
              key={key}
              id={`${ids}-${key}`}
              label={
                <>
                  {index + 1}. {criterionLabel[key][language]}
                </>
              }
            >
              <select id={`${ids}-${key}`} className="dossier-field__control" value={criteria[key] ?? ""} onChange={(e) => setCriterion(key, e.target.value)}>
                <option value="">{t("ratingCriterionSkip")}</option>
                {satisfactionLevels.map((value) => (
                  <option key={value} value={value}>
                    {satisfactionLabel[value][language]}
                  </option>
                ))}
              </select>
            </DossierField>
          ))}
          {errors.criteria && (
            <p className="field-error" role="alert">
              {errors.criteria}
            </p>
          )}
        </details>

        <DossierField
          id={`${ids}-comment`}
          label={t("ratingComment")}
          hint={t("ratingCommentHint", { max: RATING_COMMENT_MAX, count: comment.trim().length })}
          error={errors.comment}
        >
          <textarea
            id={`${ids}-comment`}
            className="dossier-field__control"
            rows={3}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            {...fieldAria(`${ids}-comment`, true, errors.comment)}
          />
        </DossierField>

        {conflict ? (
          <p className="notice notice--warning" role="alert">
            {conflict.code === "ILLEGAL_TRANSITION" ? t("ratingNotDelivered") : t("ratingClosed")}
          </p>
        ) : (
          failure !== null && <ErrorState error={failure} onRetry={() => void save()} />
        )}
        {thanked && (
          <p className="notice notice--success" role="status">
            {t("ratingSaved")}
          </p>
        )}
        <button type="submit" className="dossier-button dossier-button--primary" disabled={sending} aria-busy={sending}>
          {sending ? t("ratingSending") : saved ? t("ratingUpdate") : t("ratingSubmit")}
        </button>
      </form>
    </TitledSection>
  );
}
