import { useMessages } from "../../../i18n/i18n.tsx";
import { FormRenderer } from "../form/FormRenderer.tsx";
import { filingMessages } from "../filing-messages.ts";
import type { StepProps } from "./step-props.ts";

export function FormStep({ procedure, data, update, errorOf, touch, prefilled }: StepProps & { prefilled: boolean }) {
  const t = useMessages(filingMessages);
  return (
    <div className="filing-step">
      <p className="muted">{t("formIntro")}</p>
      {prefilled && <p className="filing-note">{t("prefilled")}</p>}
      <FormRenderer
        fields={procedure.form.fields}
        answers={data.answers}
        onChange={(key, value) => update((d) => ({ ...d, answers: { ...d.answers, [key]: value } }), `answers.${key}`)}
        onBlur={touch}
        errorOf={errorOf}
      />
    </div>
  );
}
