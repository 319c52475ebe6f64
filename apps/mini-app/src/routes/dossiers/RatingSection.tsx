import { ApiError, type RateDossierRequest } from "@motcua/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ErrorState } from "../../components/ErrorState.tsx";
import { PageLoading } from "../../components/PageLoading.tsx";
import { RatingForm } from "../../components/dossier/RatingForm.tsx";
import { dossierKeys, rateDossier, ratingQuery } from "./dossier-queries.ts";

/** The satisfaction rating of a delivered dossier: what was given, and the form while it may change. */
export function RatingSection({ dossierId }: { dossierId: string }) {
  const client = useQueryClient();
  const rating = useQuery(ratingQuery(dossierId));

  async function save(body: RateDossierRequest) {
    try {
      client.setQueryData(dossierKeys.rating(dossierId), await rateDossier(dossierId, body));
      // The rating is in the dossier's history too.
      void client.invalidateQueries({ queryKey: dossierKeys.detail(dossierId) });
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) void client.invalidateQueries({ queryKey: dossierKeys.rating(dossierId) });
      throw err;
    }
  }

  if (rating.isPending) return <PageLoading />;
  if (rating.isError) return <ErrorState error={rating.error} onRetry={() => void rating.refetch()} />;
  return <RatingForm state={rating.data} onSave={save} />;
}
