import type { FileKind, Requirement } from "@motcua/contracts";
import { useMessages, type Translate } from "../../i18n/i18n.tsx";
import { messages, type ProcedureKey } from "./messages.ts";

const fileKindNames: Record<FileKind, string> = { pdf: "PDF", jpeg: "JPG", png: "PNG", heic: "HEIC" };

function countText(requirement: Requirement, t: Translate<ProcedureKey>): string | null {
  const { originals, copies } = requirement;
  if (originals > 0 && copies > 0) return t("originalsAndCopies", { originals, copies });
  if (originals > 0) return t("originalsOnly", { originals });
  if (copies > 0) return t("copiesOnly", { copies });
  return null;
}

function Need({ requirement }: { requirement: Requirement }) {
  const t = useMessages(messages);
  if (requirement.required) return <span className="catalog-chip procedure-doc__required">{t("required")}</span>;
  return <span className="catalog-chip catalog-chip--neutral">{requirement.condition ? t("conditional") : t("optional")}</span>;
}

/** What to bring or upload: counts of originals and copies, when it is needed, which files are taken. */
export function DocumentList({ requirements, online }: { requirements: Requirement[]; online: boolean }) {
  const t = useMessages(messages);
  if (requirements.length === 0) return <p>{t("documentsNone")}</p>;
  return (
    <ol className="procedure-docs">
      {requirements.map((requirement) => {
        const count = countText(requirement, t);
        return (
          <li key={requirement.id} className="procedure-doc">
            <p className="procedure-doc__name">{requirement.name}</p>
            <p className="procedure-doc__meta">
              <Need requirement={requirement} />
              {count && <span>{count}</span>}
            </p>
            {/* The catalog words conditions as "Khi …" (when …), so they read on their own. */}
            {requirement.condition && <p className="procedure-doc__line">{requirement.condition}</p>}
            {requirement.presentOnly ? (
              <p className="procedure-doc__line muted">{t("presentOnly")}</p>
            ) : (
              online && (
                <p className="procedure-doc__line muted">
                  {t("acceptedFiles", { types: requirement.acceptedTypes.map((kind) => fileKindNames[kind]).join(", "), count: requirement.maxFiles })}
                </p>
              )
            )}
            {requirement.template && (
              <p className="procedure-doc__line">
                {t("template")}{" "}
                <a className="text-link" href={requirement.template.url} target="_blank" rel="noopener noreferrer">
                  {requirement.template.name}
                </a>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
