import type { Logger } from "../logger.ts";

export type AppEnv = {
  Variables: {
    requestId: string;
    logger: Logger;
    /** The signed-in citizen or officer, once a route's auth has resolved the session (for the access log). */
    subjectId?: string;
  };
};
