import type { AgencyRef, ChannelInfo } from "@motcua/contracts";
import { useAgencies } from "../../components/catalog/catalog-queries.ts";
import { telHref } from "../../components/catalog/format.ts";
import { useMessages } from "../../i18n/i18n.tsx";
import { messages } from "./messages.ts";

/**
 * The office that receives the dossier: for a provincial procedure its agency's address, hours and
 * phone from the catalog; for a commune procedure the commune where the citizen lives, as the
 * procedure itself names it.
 */
export function WhereToGo({ agency, direct }: { agency: AgencyRef; direct: ChannelInfo | undefined }) {
  const t = useMessages(messages);
  const agencies = useAgencies();
  const record = agency.code ? agencies.data?.items.find((candidate) => candidate.code === agency.code) : undefined;
  return (
    <div className="procedure-where">
      <p className="procedure-where__name">{agency.name}</p>
      {direct?.description && <p>{direct.description}</p>}
      {record?.address && <p>{t("address", { address: record.address })}</p>}
      {record?.hours && <p>{t("hours", { hours: record.hours })}</p>}
      {record?.phone && (
        <p>
          {t("phone")}{" "}
          <a className="text-link" href={telHref(record.phone)}>
            {record.phone}
          </a>
        </p>
      )}
    </div>
  );
}
