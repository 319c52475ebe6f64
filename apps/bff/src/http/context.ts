import type { Logger } from "../logger.ts";

export type AppEnv = {
  Variables: {
    requestId: string;
    logger: Logger;
  };
};
