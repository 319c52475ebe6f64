import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/**
 * The caller's address for rate limits and logs. Only the proxies we run may speak for the client:
 * with `trustedProxyHops` = N, the client is the N-th address from the right of X-Forwarded-For
 * (each trusted proxy appends the peer it saw). Anything left of that is whatever the client typed,
 * so a spoofed header cannot change the key. With N = 0 the header is ignored.
 */
export function clientAddressResolver(trustedProxyHops: number): (c: Context) => string {
  return (c) => {
    const peer = socketAddress(c);
    if (trustedProxyHops === 0) return peer;
    const forwarded = c.req.header("x-forwarded-for");
    if (!forwarded) return peer;
    const hops = forwarded.split(",").map((part) => part.trim()).filter(Boolean);
    // Fewer entries than trusted hops: the request skipped our proxies, so only the socket counts.
    return hops[hops.length - trustedProxyHops] ?? peer;
  };
}

/** The peer address of the socket; without one (in-process requests) every caller shares a key. */
export function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}
