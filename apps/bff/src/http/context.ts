import type { IncomingMessage, ServerResponse } from "node:http";
import type { Context } from "hono";
import type { Logger } from "../logger.ts";

/** What one request carries through every layer: its id, the logger, and the headers every response gets. */
export interface RequestScope {
  readonly id: string;
  readonly logger: Logger;
  /** Request id, security and CORS headers, added to the response once the app has answered. */
  readonly headers: Record<string, string>;
  /** Set by a handler that already put `headers` into its response (the prepared-body fast path). */
  headersIncluded: boolean;
  /** The signed-in citizen or officer, once a route's auth has resolved the session (for the access log). */
  subjectId: string | undefined;
}

/** What handlers see as `c.env`: the scope (see request-context.ts), and @hono/node-server's own pair. */
export interface AppBindings {
  scope: RequestScope;
  incoming?: IncomingMessage;
  outgoing?: ServerResponse;
}

export type AppEnv = {
  Bindings: AppBindings;
  Variables: {
    /** The signed-in citizen or officer, once a route's auth has resolved the session. */
    subjectId?: string;
  };
};

/** The request's scope; undefined only for a router called without `withRequestContext` around it. */
export function scopeOf(c: Context): RequestScope | undefined {
  return (c.env as Partial<AppBindings> | undefined)?.scope;
}

/** Records who acted, for the access log: an IDOR probe or a refused officer is then traceable to a session's owner. */
export function recordSubject(c: Context, subjectId: string): void {
  const scope = scopeOf(c);
  if (scope) scope.subjectId = subjectId;
}
