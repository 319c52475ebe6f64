import type { z } from "@hono/zod-openapi";
import { Problem } from "@motcua/contracts";

/** An OpenAPI response carrying a problem+json body. */
export const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: Problem } } });

/** An OpenAPI response carrying a JSON body of `schema`. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
