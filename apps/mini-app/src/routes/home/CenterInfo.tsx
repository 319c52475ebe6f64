import { ErrorState } from "../../components/ErrorState.tsx";
import { useCenter } from "../../components/catalog/catalog-queries.ts";
import { telHref } from "../../components/catalog/format.ts";
import { SkeletonRows } from "../../components/catalog/Skeleton.tsx";
import { TitledSection } from "../../components/TitledSection.tsx";
import { useMessages } from "../../i18n/i18n.tsx";
import { messages } from "./messages.ts";

/** Where to go and whom to call: the provincial center's record from the catalog, never a made-up line. */
export function CenterInfo() {
  const t = useMessages(messages);
  const { center, isPending, isError, error, refetch } = useCenter();
  return (
    <TitledSection id="home-center-title" title={t("centerTitle")} className="card home-center" titleClassName="home-center__title">
      {isPending ? (
        <SkeletonRows rows={1} lines={3} />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <dl className="home-center__facts">
            <dt>{t("centerAddress")}</dt>
            <dd>{center?.address ?? t("notKnown")}</dd>
            <dt>{t("centerHours")}</dt>
            <dd>{center?.hours ?? t("notKnown")}</dd>
            <dt>{t("centerPhone")}</dt>
            <dd>
              {center?.phone ? (
                <a className="text-link home-center__phone" href={telHref(center.phone)}>
                  {center.phone}
                </a>
              ) : (
                t("notKnown")
              )}
            </dd>
          </dl>
          <p className="muted home-center__caveat">{t("centerCaveat")}</p>
        </>
      )}
    </TitledSection>
  );
}
