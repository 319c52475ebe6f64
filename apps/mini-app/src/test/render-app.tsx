import type { Settings } from "../settings/settings.tsx";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createQueryClient } from "../api/query-client.ts";
import { MotcuaApp } from "../app.tsx";

/** The real app (router, lazy screens, settings) at `path`; retries are off so failures show at once. */
export function renderApp(path: string, settings?: Settings) {
  window.history.replaceState({}, "", path);
  const queryClient = createQueryClient();
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retry: false } });
  const user = userEvent.setup();
  const view = render(<MotcuaApp queryClient={queryClient} {...(settings ? { settings } : {})} />);
  return { user, queryClient, ...view };
}
