import { useState } from "react";
import { ErrorState } from "../../components/ErrorState.tsx";
import { AppLink } from "../../components/catalog/AppLink.tsx";
import { useAgencies } from "../../components/catalog/catalog-queries.ts";
import { SkeletonRows } from "../../components/catalog/Skeleton.tsx";
import { TitledSection } from "../../components/TitledSection.tsx";
import { useMessages } from "../../i18n/i18n.tsx";
import { searchPath } from "../search/search-params.ts";
import { messages } from "./messages.ts";

/** How many provincial agencies show before "show all": the list is long for a first screen. */
const FIRST_AGENCIES = 5;

/**
 * Browse by agency. Every commune People's Committee handles the same commune-level procedures, so
 * they are one entry (the commune level) rather than a long list of wards.
 */
export function AgencyList() {
  const t = useMessages(messages);
  const { data, isPending, isError, error, refetch } = useAgencies();
  const [expanded, setExpanded] = useState(false);
  const provincial = (data?.items ?? []).filter((agency) => agency.level === "PROVINCE");
  const shown = expanded ? provincial : provincial.slice(0, FIRST_AGENCIES);
  return (
    <TitledSection id="home-agencies-title" title={t("agenciesTitle")} titleClassName="section-title">
      {isPending ? (
        <SkeletonRows rows={3} lines={1} />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <ul className="home-links" id="home-agency-list">
            <li>
              <AppLink className="home-link" to={searchPath({ level: "COMMUNE" })}>
                {t("communeAgencies")}
              </AppLink>
            </li>
            {shown.map((agency) => (
              <li key={agency.code}>
                <AppLink className="home-link" to={searchPath({ agency: agency.code })}>
                  {agency.name}
                </AppLink>
              </li>
            ))}
          </ul>
          {provincial.length > FIRST_AGENCIES && (
            <button
              type="button"
              className="action-button action-button--block"
              aria-expanded={expanded}
              aria-controls="home-agency-list"
              onClick={() => setExpanded((value) => !value)}
            >
              {expanded ? t("showFewerAgencies") : t("showAllAgencies", { count: provincial.length })}
            </button>
          )}
        </>
      )}
    </TitledSection>
  );
}
