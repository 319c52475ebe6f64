import type { Browser, Page } from "playwright-core";
import { newPhoneContext } from "../e2e/support/browser.ts";
import { printTable } from "./table.ts";

/**
 * Chrome DevTools' "Fast 3G" preset (devtools-frontend NetworkManager): 1.6 Mbit/s down and
 * 750 kbit/s up, each × 0.9 for overhead, 150 ms RTT × 3.75. CDP takes bytes per second.
 */
export const FAST_3G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1000 * 1000 * 0.9) / 8,
  uploadThroughput: (750 * 1000 * 0.9) / 8,
  connectionType: "cellular3g",
} as const;
export const CPU_SLOWDOWN = 4;
/** A task this long blocks a tap noticeably (the Long Tasks API's own threshold). */
const LONG_TASK_MS = 50;
const QUIET_MS = 500;
/** Long-task entries reach the observer a little after the task ends; wait this much longer before trusting the quiet. */
const REPORTING_SLACK_MS = 250;
const RUN_TIMEOUT_MS = 120_000;

export interface Readiness {
  /** A CSS selector; ready when it matches an element that is visible on screen and not disabled. */
  selector: string;
  description: string;
}

export interface LoadTiming {
  fcp: number;
  ready: number;
  tti: number;
}

interface PageState {
  now: number;
  fcp: number | null;
  ready: number | null;
  longTasks: [number, number][];
}

/**
 * Installed before any of the app's scripts run: records paints, long tasks and the ready moment in
 * `window.__motcuaBench`. Plain JavaScript source, because a function handed to the page would
 * carry whatever helpers tsx compiles into it.
 */
const observerScript = (selector: string) => `(() => {
  const selector = ${JSON.stringify(selector)};
  const state = { fcp: null, ready: null, longTasks: [] };
  window.__motcuaBench = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push([entry.startTime, entry.startTime + entry.duration]);
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === "first-contentful-paint") state.fcp = entry.startTime;
  }).observe({ type: "paint", buffered: true });
  const shown = () => {
    const el = document.querySelector(selector);
    if (!el || el.disabled) return false;
    const rect = el.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight && getComputedStyle(el).visibility !== "hidden";
  };
  // Checked once per frame: "ready" is the first frame in which a person could see and use it.
  const check = () => {
    if (shown()) state.ready = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** The earliest moment from `ready` on that is followed by QUIET_MS with no long task running. */
export function quietAfter(ready: number, longTasks: readonly [number, number][]): number {
  let candidate = ready;
  for (const [start, end] of [...longTasks].sort((a, b) => a[0] - b[0])) {
    if (end <= candidate) continue;
    if (start >= candidate + QUIET_MS) break;
    candidate = end;
  }
  return candidate;
}

const pageState = (page: Page) =>
  page.evaluate((): PageState => {
    const s = (window as unknown as { __motcuaBench: Omit<PageState, "now"> }).__motcuaBench;
    return { now: performance.now(), fcp: s.fcp, ready: s.ready, longTasks: [...s.longTasks] };
  });

/** One cold load on a throttled phone (new context: empty cache, storage and session). */
export async function coldLoad(browser: Browser, url: string, readiness: Readiness, throttle = true): Promise<LoadTiming> {
  const context = await newPhoneContext(browser);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    if (throttle) {
      await cdp.send("Network.emulateNetworkConditions", FAST_3G);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    }
    await page.addInitScript({ content: observerScript(readiness.selector) });
    await page.goto(url, { waitUntil: "commit" });

    const deadline = Date.now() + RUN_TIMEOUT_MS;
    for (;;) {
      if (Date.now() > deadline) throw new Error(`${readiness.description} was not ready and quiet within ${RUN_TIMEOUT_MS / 1000} s`);
      await new Promise((r) => setTimeout(r, 100));
      const state = await pageState(page);
      if (state.ready === null || state.fcp === null) continue;
      const tti = quietAfter(state.ready, state.longTasks.filter(([start, end]) => end - start >= LONG_TASK_MS));
      if (state.now >= tti + QUIET_MS + REPORTING_SLACK_MS) return { fcp: state.fcp, ready: state.ready, tti };
    }
  } finally {
    await context.close();
  }
}

/** Whether the readiness selector shows up at all, on an unthrottled load (also warms the server up). */
export async function readinessShowsUp(browser: Browser, url: string, readiness: Readiness): Promise<boolean> {
  try {
    await coldLoad(browser, url, readiness, false);
    return true;
  } catch {
    return false;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export async function measureHomeTti(browser: Browser, url: string, readiness: Readiness, runs: number): Promise<void> {
  process.stdout.write(
    [
      "",
      `Home, cold load of ${url} on a 360×780 phone (new context each run, cache disabled):`,
      `  CPU ${CPU_SLOWDOWN}× slower (CDP Emulation.setCPUThrottlingRate); network DevTools "Fast 3G" (CDP Network.emulateNetworkConditions):`,
      `  latency ${FAST_3G.latency} ms, download ${FAST_3G.downloadThroughput} B/s (1.6 Mbit/s × 0.9), upload ${FAST_3G.uploadThroughput} B/s (750 kbit/s × 0.9).`,
      `  FCP   = the first-contentful-paint entry.`,
      `  ready = the first frame in which ${readiness.description} (${readiness.selector}) is on screen, visible and not disabled.`,
      `  TTI   = the first moment T ≥ ready such that no long task (≥ ${LONG_TASK_MS} ms, Long Tasks API) runs during [T, T + ${QUIET_MS} ms]:`,
      `          ready itself, or the end of the last long task that overlaps that window.`,
      `  All times in ms from navigation start.`,
      "",
    ].join("\n"),
  );
  const timings: LoadTiming[] = [];
  for (let run = 1; run <= runs; run++) {
    timings.push(await coldLoad(browser, url, readiness));
    process.stdout.write(`  run ${run}/${runs} done\n`);
  }
  const ms = (value: number) => Math.round(value);
  printTable(
    `Home time to interactive (${runs} cold loads, CPU ${CPU_SLOWDOWN}×, Fast 3G)`,
    ["run", "FCP ms", "ready ms", "TTI ms"],
    [
      ...timings.map((t, i) => [String(i + 1), ms(t.fcp), ms(t.ready), ms(t.tti)]),
      ["median", ms(median(timings.map((t) => t.fcp))), ms(median(timings.map((t) => t.ready))), ms(median(timings.map((t) => t.tti)))],
    ],
  );
}
