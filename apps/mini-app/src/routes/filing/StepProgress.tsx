import { useMessages } from "../../i18n/i18n.tsx";
import type { StepId } from "./filing-data.ts";
import { filingMessages } from "./filing-messages.ts";

/** "Bước 2/5" over a bar of segments, one per step (zmp-ui has no stepper); the step's name is its heading. */
export function StepProgress({ steps, current }: { steps: readonly StepId[]; current: StepId }) {
  const t = useMessages(filingMessages);
  const index = steps.indexOf(current);
  return (
    <nav className="step-progress" aria-label={t("progressLabel")}>
      <p className="step-progress__caption">
        {t("stepOf", { current: index + 1, total: steps.length })}
      </p>
      <ol className="step-progress__bar">
        {steps.map((step, i) => (
          <li
            key={step}
            className={`step-progress__segment${i < index ? " is-done" : ""}${i === index ? " is-current" : ""}`}
            aria-current={i === index ? "step" : undefined}
          >
            <span className="visually-hidden">{t(`step_${step}`)}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
