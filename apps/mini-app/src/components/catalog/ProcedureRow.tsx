import "./catalog.css";
import type { ProcedureSummary } from "@motcua/contracts";
import { useMessages } from "../../i18n/i18n.tsx";
import { paths } from "../../routes/paths.ts";
import { AppLink } from "./AppLink.tsx";
import { describeProcessingTime } from "./format.ts";
import { catalogMessages } from "./messages.ts";
import { OnlineLevelChip } from "./OnlineLevelChip.tsx";

/** One procedure in a list: the whole row is the link to its details. */
export function ProcedureRow({ procedure }: { procedure: ProcedureSummary }) {
  const t = useMessages(catalogMessages);
  return (
    <li className="procedure-row">
      <AppLink className="procedure-row__link" to={paths.procedure(procedure.code)}>
        <span className="procedure-row__name">{procedure.name}</span>
        <span className="procedure-row__agency">{procedure.agency.name}</span>
        <span className="procedure-row__meta">
          <OnlineLevelChip level={procedure.onlineLevel} />
          <span className="procedure-row__time">{describeProcessingTime(procedure.processingTime, t)}</span>
        </span>
      </AppLink>
    </li>
  );
}
