import type { Logger } from "../logger.ts";

export type AppEnv = {
  Variables: {
    requestId: string;
    logger: Logger;
    /** The signed-in citizen or officer, once a route's auth has resolved the session (for the access log). */
    subjectId?: string;
    /** Request id, security and CORS headers every response carries; requestContext adds them at the end. */
    responseHeaders?: Record<string, string>;
    /** Set by a handler that already put `responseHeaders` into its response (the prepared-body fast path). */
    responseHeadersIncluded?: true;
  };
};
