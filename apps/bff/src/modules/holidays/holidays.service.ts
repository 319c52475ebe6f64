import {
  bundledTables,
  createCalendar,
  isLocalDate,
  mergeOverrides,
  OverrideError,
  type Calendar,
  type LocalDate,
  type Override,
  type OverrideProblem,
} from "@motcua/calendar";
import type { HolidayEntryInput, HolidayList } from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import type { Logger } from "../../logger.ts";
import { loadOverrides, saveOverride } from "./holidays.repo.ts";

/** How stale another instance's calendar may get after a manager's change elsewhere. */
const REFRESH_MS = 60_000;

export interface HolidayCalendarDeps {
  db: Db;
  logger: Logger;
}

export interface HolidayCalendar {
  /** The bundled tables with the managers' overrides applied, as of the last load. */
  calendar(): Calendar;
  refresh(): Promise<void>;
  list(year: number): HolidayList;
  upsert(officerId: string, date: string, entry: HolidayEntryInput): Promise<HolidayList>;
  /** The entry of `date` no longer applies, bundled or not; 404 when there is none. */
  remove(officerId: string, date: string): Promise<HolidayList>;
  /** Polls for other instances' changes; the first load happens in createHolidayCalendar. */
  start(): void;
  stop(): void;
}

const problemText: Record<OverrideProblem, string> = {
  BAD_DATE: "Ngày không hợp lệ (YYYY-MM-DD).",
  MAKEUP_ON_WEEKDAY: "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.",
  DAY_OFF_ON_WEEKEND: "Ngày nghỉ bù, nghỉ hoán đổi phải là ngày trong tuần (thứ Hai đến thứ Sáu).",
  YEAR_NOT_ADJACENT: "Chỉ thêm được ngày của năm đã có lịch hoặc năm liền kề.",
};

function dateOf(value: string): LocalDate {
  if (!isLocalDate(value)) throw new AppError("BAD_REQUEST", problemText.BAD_DATE);
  return value;
}

/** Builds the calendar, or explains in Vietnamese why these overrides cannot make one. */
function build(overrides: readonly Override[]): Calendar {
  try {
    return createCalendar(mergeOverrides(bundledTables, overrides));
  } catch (err) {
    if (!(err instanceof OverrideError)) throw err;
    const errors = [{ field: err.problem === "BAD_DATE" ? "date" : "kind", code: "INVALID", message: problemText[err.problem] }];
    throw new AppError("VALIDATION_FAILED", problemText[err.problem], { errors });
  }
}

export async function createHolidayCalendar({ db, logger }: HolidayCalendarDeps): Promise<HolidayCalendar> {
  let overrides = await loadOverrides(db);
  // At startup a bad stored override fails loudly: deadlines computed without it would be wrong.
  let current = build(overrides);

  async function refresh(): Promise<void> {
    const next = await loadOverrides(db);
    current = build(next);
    overrides = next;
  }

  function list(year: number): HolidayList {
    const changed = new Set(overrides.filter((o) => !o.removed).map((o) => o.date));
    return {
      year,
      covered: current.covers(year),
      items: current.holidaysIn(year).map((e) => ({ ...e, source: changed.has(e.date) ? "override" : "bundled" })),
    };
  }

  async function save(officerId: string, override: Override): Promise<HolidayList> {
    // Checked against the stored overrides, not our copy: another instance may have changed some.
    const stored = await loadOverrides(db);
    build([...stored.filter((o) => o.date !== override.date), override]);
    await saveOverride(db, override, officerId);
    // Audit trail: who changed which day, never anything about citizens.
    logger.info({ officerId, date: override.date, kind: override.kind, removed: override.removed }, "holiday calendar changed");
    await refresh();
    return list(Number(override.date.slice(0, 4)));
  }

  let timer: NodeJS.Timeout | undefined;
  return {
    calendar: () => current,
    refresh,
    list,
    upsert: (officerId, date, entry) => save(officerId, { date: dateOf(date), ...entry, removed: false }),
    async remove(officerId, date) {
      const day = dateOf(date);
      const existing = current.holidaysIn(Number(day.slice(0, 4))).find((e) => e.date === day);
      if (!existing) throw new AppError("NOT_FOUND", "Ngày này không có trong lịch nghỉ.");
      return save(officerId, { ...existing, removed: true });
    },
    start() {
      if (timer) return;
      timer = setInterval(() => {
        refresh().catch((err: unknown) => logger.warn({ err }, "holiday calendar refresh failed; keeping the previous one"));
      }, REFRESH_MS);
      timer.unref();
    },
    stop: () => clearInterval(timer),
  };
}
