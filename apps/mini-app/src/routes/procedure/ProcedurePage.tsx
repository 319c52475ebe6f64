import "../../components/catalog/catalog.css";
import "./procedure.css";
import { ApiError } from "@motcua/contracts";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "zmp-ui";
import { AppPage } from "../../components/AppPage.tsx";
import { ErrorState } from "../../components/ErrorState.tsx";
import { AppLink } from "../../components/catalog/AppLink.tsx";
import { procedureQuery } from "../../components/catalog/catalog-queries.ts";
import { SkeletonRows } from "../../components/catalog/Skeleton.tsx";
import { useMessages } from "../../i18n/i18n.tsx";
import { paths } from "../paths.ts";
import { messages } from "./messages.ts";
import { ProcedureDetailView } from "./ProcedureDetailView.tsx";

export default function ProcedurePage() {
  const t = useMessages(messages);
  const { code = "" } = useParams();
  const { data, isPending, isError, error, refetch } = useQuery(procedureQuery(code));
  const online = data !== undefined && data.onlineLevel !== "NONE";

  return (
    <AppPage title={t("title")} className={`catalog-screen procedure-page ${online ? "procedure-page--with-action" : ""}`}>
      {isPending ? (
        <SkeletonRows rows={4} lines={3} />
      ) : isError ? (
        <>
          {/* Trying again cannot make an unknown code appear; offering search can help. */}
          <ErrorState error={error} {...(error instanceof ApiError && error.status === 404 ? {} : { onRetry: () => void refetch() })} />
          <AppLink className="action-button action-button--block" to={paths.search}>
            {t("notFoundHelp")}
          </AppLink>
        </>
      ) : (
        <ProcedureDetailView procedure={data} />
      )}
      {online && (
        <div className="procedure-action">
          <AppLink className="action-button action-button--primary action-button--block" to={paths.file(data.code)}>
            {t("fileOnline")}
          </AppLink>
        </div>
      )}
    </AppPage>
  );
}
