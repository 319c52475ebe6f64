import type { Requirement } from "@motcua/contracts";
import { useMessages, type Translate } from "../../../i18n/i18n.tsx";
import { UploadField } from "../../../uploads/UploadField.tsx";
import { filingMessages, type FilingKey } from "../filing-messages.ts";
import type { StepProps } from "./step-props.ts";

function hintOf(requirement: Requirement, t: Translate<FilingKey>): string {
  return [
    requirement.originals > 0 ? t("originals", { count: requirement.originals }) : null,
    requirement.copies > 0 ? t("copies", { count: requirement.copies }) : null,
    requirement.condition ? t("when", { condition: requirement.condition }) : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

export function DocumentsStep({ procedure, data, update, errorOf }: StepProps) {
  const t = useMessages(filingMessages);
  const uploaded = procedure.requirements.filter((r) => !r.presentOnly);
  const shown = procedure.requirements.filter((r) => r.presentOnly);
  return (
    <div className="filing-step">
      <p className="muted">{uploaded.length > 0 ? t("documentsIntro") : t("noDocuments")}</p>
      {errorOf("documents") && <p className="filing-alert">{errorOf("documents")}</p>}
      {uploaded.map((requirement) => {
        const error = errorOf(`documents.${requirement.id}`);
        const hint = hintOf(requirement, t);
        return (
          <div key={requirement.id} className="filing-document">
            <UploadField
              id={`documents-${requirement.id}`}
              label={requirement.name}
              accept={requirement.acceptedTypes}
              files={data.documents[requirement.id] ?? []}
              onChange={(files) => update((d) => ({ ...d, documents: { ...d.documents, [requirement.id]: files } }), `documents.${requirement.id}`)}
              maxFiles={requirement.maxFiles}
              required={requirement.required}
              {...(hint ? { requirementHint: hint } : {})}
              {...(error ? { error } : {})}
            />
            {requirement.template && (
              <p className="filing-document__template">
                <a href={requirement.template.url} target="_blank" rel="noopener noreferrer">
                  {t("template", { name: requirement.template.name })}
                </a>
              </p>
            )}
          </div>
        );
      })}
      {shown.length > 0 && (
        <section className="card filing-present-only">
          <h3>{t("presentOnlyTitle")}</h3>
          <ul>
            {shown.map((requirement) => (
              <li key={requirement.id}>{requirement.name}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
