import type { Route } from "playwright-core";
import type { PhonePage } from "./browser.ts";

export interface LostResponse {
  /**
   * Settles once the server has handled the request and the phone has been told the connection
   * dropped: with the status the server answered, which the phone never saw.
   */
  served: Promise<number>;
  /** Stops watching if the request never came. */
  dispose(): Promise<void>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The worst moment for a 3G connection to drop: the request reached the server and was processed,
 * but the response is lost on its way back. The next matching request goes to the BFF for real,
 * then the phone gets a connection reset instead of the answer; later requests pass untouched.
 * This is how a test proves a retry with the same Idempotency-Key creates nothing twice.
 */
export async function loseResponseOnce(phone: PhonePage, { method, path }: { method: string; path: string }): Promise<LostResponse> {
  const matches = (url: URL) => url.pathname === path;
  let taken = false;
  let settle!: { resolve: (status: number) => void; reject: (err: unknown) => void };
  const served = new Promise<number>((resolve, reject) => (settle = { resolve, reject }));
  // A test that never awaits `served` must not crash the run with an unhandled rejection.
  served.catch(() => undefined);
  // Chromium logs the reset it was given; that is the point of the exercise, not a fault.
  const stopTolerating = phone.tolerate(new RegExp(`net::ERR_CONNECTION_RESET \\([^)]*${escapeRegExp(path)}(\\?[^)]*)?\\)`));

  const handler = async (route: Route) => {
    if (taken || route.request().method() !== method.toUpperCase()) return route.fallback();
    taken = true;
    try {
      const response = await route.fetch();
      await response.body();
      await route.abort("connectionreset");
      settle.resolve(response.status());
    } catch (err) {
      settle.reject(err);
    } finally {
      await phone.page.unroute(matches, handler);
    }
  };
  await phone.page.route(matches, handler);

  return {
    served,
    async dispose() {
      await phone.page.unroute(matches, handler);
      stopTolerating();
    },
  };
}
