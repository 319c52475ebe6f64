import { useRef } from "react";

/**
 * A fresh key for one intended action. getRandomValues, not randomUUID, which older Android
 * webviews lack.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The key for sending `body`: the same key while the body is unchanged, so a retry after a lost
 * response gets the first outcome instead of acting twice; a new key once the citizen changes what
 * they send (the BFF refuses one key for two different bodies).
 */
export function useIdempotencyKey(): (body: unknown) => string {
  const last = useRef<{ body: string; key: string } | null>(null);
  return (body) => {
    const serialized = JSON.stringify(body);
    if (last.current?.body !== serialized) last.current = { body: serialized, key: newIdempotencyKey() };
    return last.current.key;
  };
}
