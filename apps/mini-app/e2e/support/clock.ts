import { createCalendar, fromVnLocal, toVnLocal, type LocalDate } from "@motcua/calendar";
import type { BrowserContext } from "playwright-core";

const PRELOAD = new URL("./shifted-clock.mjs", import.meta.url).href;

export interface CounterClock {
  /** The working day it is, in Vietnam, for the BFF and the browsers. */
  day: LocalDate;
  /** How far ahead of the machine's clock theirs run. */
  offsetMs: number;
  /** For the BFF's environment (`startMiniAppStack({ env })`). */
  bffEnv: Record<string, string>;
  /** Sets a browser context's clock to the BFF's; time flows on from there. */
  install(context: BrowserContext): Promise<void>;
}

/**
 * Counters check people in only on the day of the appointment, so a suite that books a slot and
 * then checks the citizen in needs it to be a working day, in office hours, whatever the machine's
 * date. This moves the BFF's clock and the browsers' to `time` on the next working day (by the
 * bundled holiday calendar, which a fresh BFF uses): always forward, the same moment everywhere.
 */
export function counterClock(time = "08:05"): CounterClock {
  const day = createCalendar().nextWorkingDay(toVnLocal(new Date()).date);
  const offsetMs = fromVnLocal(day, time).getTime() - Date.now();
  return {
    day,
    offsetMs,
    bffEnv: { NODE_OPTIONS: `--import ${PRELOAD}`, MOTCUA_E2E_CLOCK_OFFSET_MS: String(offsetMs) },
    install: (context) => context.clock.install({ time: Date.now() + offsetMs }),
  };
}
