import type { DossierSummary } from "@motcua/contracts";
import { AppLink } from "../../components/catalog/AppLink.tsx";
import { formatDay } from "../../components/dossier/format.ts";
import { StatusChip } from "../../components/dossier/StatusChip.tsx";
import { useLanguage, useMessages } from "../../i18n/i18n.tsx";
import { paths } from "../paths.ts";
import { dossiersMessages } from "./messages.ts";

/** One dossier in the list: the whole card is the link to its details. */
export function DossierRow({ dossier }: { dossier: DossierSummary }) {
  const t = useMessages(dossiersMessages);
  const language = useLanguage();
  const call =
    dossier.status === "AWAITING_SUPPLEMENT" ? t("supplementCall") : dossier.status === "AWAITING_PAYMENT" ? t("paymentCall") : null;
  return (
    <li className={`dossier-row ${dossier.actionNeeded ? "dossier-row--action" : ""}`}>
      <AppLink className="dossier-row__link" to={paths.dossier(dossier.id)}>
        <span className="dossier-row__procedure">{dossier.procedure.name}</span>
        <span className="dossier-row__status">
          <StatusChip status={dossier.status} />
        </span>
        {call && <span className="dossier-row__call">{call}</span>}
        <span className="dossier-row__meta">
          <span className="visually-hidden">{t("code")}: </span>
          <span className="dossier-row__code">{dossier.officialCode ?? dossier.reference}</span>
        </span>
        <span className="dossier-row__meta">{t("submitted", { date: formatDay(dossier.submittedAt, language) })}</span>
        {dossier.dueAt && (
          <span className={`dossier-row__due ${dossier.overdue ? "dossier-row__due--overdue" : ""}`}>
            {t("due", { date: formatDay(dossier.dueAt, language) })}
            {dossier.overdue && <> · {t("overdue")}</>}
          </span>
        )}
      </AppLink>
    </li>
  );
}
