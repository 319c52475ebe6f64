import { useQuery } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { api } from "../../api/api.ts";
import { authed, currentCitizen, onCitizenChange } from "../../api/session.ts";

/** The signed-in citizen as the session knows them, or null; follows sign-in and sign-out. */
export const useSignedInCitizen = () => useSyncExternalStore(onCitizenChange, currentCitizen);

export const meQueryKey = ["identity", "me"] as const;

/** The citizen's own record from the server; signs in when first needed, so only enable it on purpose. */
export function useMe(enabled: boolean) {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: () => authed((auth) => api.api.v1.me.$get(undefined, auth)),
    enabled,
  });
}
