import { z } from "zod";
import { singleLine } from "./text.ts";

/** Same values as DayKind / EntryStatus in @motcua/calendar, which the BFF checks against. */
export const HolidayKind = z.enum(["HOLIDAY", "COMPENSATORY", "SWAPPED_OFF", "MAKEUP_WORKDAY"]);
export type HolidayKind = z.infer<typeof HolidayKind>;
export const HolidayStatus = z.enum(["OFFICIAL", "PROVISIONAL"]);
export type HolidayStatus = z.infer<typeof HolidayStatus>;

export const HolidaysQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });
export type HolidaysQuery = z.infer<typeof HolidaysQuery>;

export const HolidayDateParam = z.object({ date: z.iso.date({ message: "Ngày không hợp lệ (YYYY-MM-DD)" }) });

export const HolidayEntryInput = z.strictObject({
  kind: HolidayKind,
  name: singleLine(200),
  status: HolidayStatus,
});
export type HolidayEntryInput = z.infer<typeof HolidayEntryInput>;

export const HolidayEntry = z.object({
  date: z.string(),
  kind: HolidayKind,
  name: z.string(),
  status: HolidayStatus,
  /** "bundled": shipped with the release; "override": entered by a manager. */
  source: z.enum(["bundled", "override"]),
});
export type HolidayEntry = z.infer<typeof HolidayEntry>;

export const HolidayList = z.object({
  year: z.number().int(),
  /** False: the year has no table, so appointment dates assume Monday to Friday. */
  covered: z.boolean(),
  items: z.array(HolidayEntry),
});
export type HolidayList = z.infer<typeof HolidayList>;
