import type { ProcedureDetail } from "@motcua/contracts";
import type { ReactNode } from "react";
import { formatDate } from "../../components/catalog/format.ts";
import { catalogMessages } from "../../components/catalog/messages.ts";
import { OnlineLevelChip } from "../../components/catalog/OnlineLevelChip.tsx";
import { TitledSection } from "../../components/TitledSection.tsx";
import { useLanguage, useMessages } from "../../i18n/i18n.tsx";
import { ChannelFacts } from "./ChannelFacts.tsx";
import { DocumentList } from "./DocumentList.tsx";
import { messages } from "./messages.ts";
import { WhereToGo } from "./WhereToGo.tsx";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <TitledSection id={id} title={title} className="card procedure-section" titleClassName="procedure-section__title">
      {children}
    </TitledSection>
  );
}

/** Lines of the procedure's text under a heading; no section at all when there are none. */
function ListSection({ id, title, lines, numbered = false }: { id: string; title: string; lines: readonly string[]; numbered?: boolean }) {
  if (lines.length === 0) return null;
  const List = numbered ? "ol" : "ul";
  return (
    <Section id={id} title={title}>
      <List className={numbered ? "procedure-steps" : "procedure-bullets"}>
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </List>
    </Section>
  );
}

/** Everything a citizen needs before filing, in the order they ask: what, who, what to bring, how long, where. */
export function ProcedureDetailView({ procedure }: { procedure: ProcedureDetail }) {
  const t = useMessages(messages);
  const catalog = useMessages(catalogMessages);
  const language = useLanguage();
  const direct = procedure.channels.find((channel) => channel.channel === "DIRECT");

  return (
    <article className="procedure">
      <header className="procedure-head">
        <h1 className="procedure-head__name">{procedure.name}</h1>
        <p className="procedure-head__chips">
          <OnlineLevelChip level={procedure.onlineLevel} />
          <span className="catalog-chip catalog-chip--neutral">{catalog(`level${procedure.level}`)}</span>
        </p>
        <p className="muted procedure-head__meta">
          {procedure.sector.name} · {t("code", { code: procedure.code })}
        </p>
        {procedure.onlineLevel === "PARTIAL" && <p className="procedure-head__note">{t("partialNote")}</p>}
        {procedure.onlineLevel === "NONE" && (
          <div className="procedure-head__offline" role="note">
            <p className="procedure-head__offline-title">{t("notOnlineTitle")}</p>
            <p>{t("notOnlineBody")}</p>
          </div>
        )}
        {language === "en" && <p className="muted procedure-head__note">{t("vietnameseOnly")}</p>}
      </header>

      {procedure.purpose && (
        <Section id="procedure-purpose" title={t("purpose")}>
          <p>{procedure.purpose}</p>
        </Section>
      )}
      <Section id="procedure-applicants" title={t("applicants")}>
        <p>{procedure.applicantTypes.map((type) => catalog(`applicant${type}`)).join(", ")}</p>
      </Section>
      <Section id="procedure-documents" title={t("documents")}>
        <DocumentList requirements={procedure.requirements} online={procedure.onlineLevel !== "NONE"} />
      </Section>
      <Section id="procedure-time" title={t("timeAndFees")}>
        <ChannelFacts channels={procedure.channels} />
      </Section>
      <Section id="procedure-where" title={t("whereToGo")}>
        <WhereToGo agency={procedure.agency} direct={direct} />
      </Section>
      <ListSection id="procedure-steps" title={t("steps")} lines={procedure.steps} numbered />
      <ListSection id="procedure-conditions" title={t("conditions")} lines={procedure.conditions} />
      <ListSection id="procedure-results" title={t("results")} lines={procedure.results} />
      {procedure.legalBasis.length > 0 && (
        <details className="card procedure-legal">
          <summary className="procedure-legal__summary">{t("legalBasis")}</summary>
          <ul className="procedure-bullets">
            {procedure.legalBasis.map((basis) => (
              <li key={`${basis.number ?? ""}-${basis.title}`}>
                {basis.number && <strong>{basis.number} </strong>}
                {basis.title}
                {basis.issuedAt && <span className="muted">, {t("issuedAt", { date: formatDate(basis.issuedAt, language) })}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
      <footer className="procedure-version muted">
        <p>
          {t("effectiveFrom", { date: formatDate(procedure.version.effectiveFrom, language) })}
          {procedure.version.decisionNo && ` ${t("decision", { decision: procedure.version.decisionNo })}`}
        </p>
        {!procedure.verified && <p>{t("unverified")}</p>}
      </footer>
    </article>
  );
}
