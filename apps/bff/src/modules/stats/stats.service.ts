import { localDate, type Calendar } from "@motcua/calendar";
import type { StatsQuery, StatsResponse, StatsRow } from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import type { CatalogService } from "../catalog/catalog.service.ts";
import { periodBounds, rowName } from "./report-scope.ts";
import { countStats, durationFacts, type DurationRow, type StatsFilter } from "./stats.repo.ts";

export interface StatsDeps {
  db: Db;
  catalog: Pick<CatalogService, "snapshot">;
  calendar: Pick<Calendar, "workingDaysBetween">;
  now?: () => Date;
}

export interface StatsService {
  /**
   * Figures for the dossiers received in the period (a cohort): how many, how they finished, how
   * many are still open. A past period's figures keep moving until its last dossier closes.
   */
  report(query: StatsQuery): Promise<StatsResponse>;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function createStatsService({ db, catalog, calendar, now = () => new Date() }: StatsDeps): StatsService {
  /** Working days on the clock: reception to result, less every pause (the calendar counts (a, b]). */
  function workingDays(row: DurationRow): number {
    const paused = row.pauses.reduce((sum, p) => sum + calendar.workingDaysBetween(localDate(p.from), localDate(p.to)), 0);
    return Math.max(0, calendar.workingDaysBetween(localDate(row.receivedDay), localDate(row.finishedDay)) - paused);
  }

  return {
    async report(query) {
      const period = periodBounds(query);
      const filter: StatsFilter = {
        receivedFrom: period.from,
        receivedBefore: period.before,
        groupBy: query.groupBy,
        now: now(),
        ...(query.agency ? { agency: query.agency } : {}),
      };
      const [counts, durations] = await Promise.all([countStats(db, filter), durationFacts(db, filter)]);

      const daysByKey = new Map<string, number[]>();
      for (const row of durations) {
        const list = daysByKey.get(row.key) ?? [];
        list.push(workingDays(row));
        daysByKey.set(row.key, list);
      }

      const items = counts.map((c): StatsRow => {
        const finished = c.finishedEarly + c.finishedOnTime + c.finishedLate;
        const days = daysByKey.get(c.key) ?? [];
        return {
          ...c,
          name: rowName(catalog, query.groupBy, c.key),
          onTimeRate: finished ? round((c.finishedEarly + c.finishedOnTime) / finished, 4) : null,
          averageWorkingDays: days.length ? round(days.reduce((a, b) => a + b, 0) / days.length, 2) : null,
        };
      });
      return { from: query.from, to: query.to, groupBy: query.groupBy, items };
    },
  };
}
