import type { IncomingMessage } from "node:http";
import type { Context } from "hono";

/** The caller's address from a request's headers and the socket it came on. */
export type ClientAddressOf = (headers: Pick<Headers, "get">, incoming: IncomingMessage | undefined) => string;

/**
 * The caller's address for rate limits and logs. Only the proxies we run may speak for the client:
 * with `trustedProxyHops` = N, the client is the N-th address from the right of X-Forwarded-For
 * (each trusted proxy appends the peer it saw). Anything left of that is whatever the client typed,
 * so a spoofed header cannot change the key. With N = 0 the header is ignored.
 */
export function clientAddressOf(trustedProxyHops: number): ClientAddressOf {
  return (headers, incoming) => {
    const peer = incoming?.socket.remoteAddress ?? "unknown";
    if (trustedProxyHops === 0) return peer;
    const forwarded = headers.get("x-forwarded-for");
    if (!forwarded) return peer;
    const hops = forwarded.split(",").map((part) => part.trim()).filter(Boolean);
    // Fewer entries than trusted hops: the request skipped our proxies, so only the socket counts.
    return hops[hops.length - trustedProxyHops] ?? peer;
  };
}

/** The same, for a route's middleware; without a socket (in-process requests) every caller shares a key. */
export function clientAddressResolver(trustedProxyHops: number): (c: Context) => string {
  const resolve = clientAddressOf(trustedProxyHops);
  return (c) => resolve(c.req.raw.headers, (c.env as { incoming?: IncomingMessage } | undefined)?.incoming);
}
