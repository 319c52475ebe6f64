import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../api/api.ts";
import { authed, updateCitizen } from "../api/session.ts";
import { requestNotifications } from "../platform/zalo.ts";
import { meQueryKey } from "../routes/settings/citizen.ts";

/**
 * Turning dossier notifications on or off: Zalo's own permission prompt is asked in the same tap
 * (browsers and Zalo only show it during a user gesture), then the choice is saved on the server.
 * Used where the question makes sense to the citizen: Settings, and the receipt of a new filing.
 */
export function useNotificationOptIn() {
  const queryClient = useQueryClient();
  const [permissionRefused, setPermissionRefused] = useState(false);
  const save = useMutation({
    mutationFn: (optIn: boolean) => authed((auth) => api.api.v1.me.notifications.$put({ json: { optIn } }, auth)),
    onSuccess: (profile) => {
      queryClient.setQueryData(meQueryKey, profile);
      updateCitizen(profile);
    },
  });
  const change = (optIn: boolean) => {
    if (optIn) void requestNotifications().then((granted) => setPermissionRefused(!granted));
    else setPermissionRefused(false);
    save.mutate(optIn);
  };
  return { save, change, permissionRefused };
}
