import { hc } from "hono/client";
import type { AppType } from "./app.ts";

/**
 * The typed API client for the mini app and the console: paths, inputs and response bodies all come
 * from the BFF's route definitions, so a renamed field breaks the build, not the citizen's phone.
 */
export const createApiClient = (baseUrl: string, options?: Parameters<typeof hc>[1]) => hc<AppType>(baseUrl, options);

export type ApiClient = ReturnType<typeof createApiClient>;
