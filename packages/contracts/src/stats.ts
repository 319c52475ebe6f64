import { z } from "zod";

const LocalDay = z.iso.date({ message: "Ngày không hợp lệ (YYYY-MM-DD)" });

export const StatsGroupBy = z.enum(["agency", "procedure"]);
export type StatsGroupBy = z.infer<typeof StatsGroupBy>;

/** A period of Vietnam-local days, both ends included. */
export const StatsQuery = z
  .strictObject({
    from: LocalDay,
    to: LocalDay,
    agency: z.string().trim().min(1).max(40).optional(),
    groupBy: StatsGroupBy.default("agency"),
  })
  .refine((q) => q.from <= q.to, { path: ["to"], message: "Ngày kết thúc phải sau ngày bắt đầu" })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 366 * 86_400_000, { path: ["to"], message: "Tối đa một năm mỗi lần thống kê" });
export type StatsQuery = z.infer<typeof StatsQuery>;

/** One agency's or procedure's figures for the dossiers received in the period. */
export const StatsRow = z.object({
  key: z.string(),
  name: z.string(),
  received: z.number().int(),
  finishedEarly: z.number().int(),
  finishedOnTime: z.number().int(),
  finishedLate: z.number().int(),
  inProgress: z.number().int(),
  overdueNow: z.number().int(),
  /** (early + on time) / finished; null when nothing finished. */
  onTimeRate: z.number().min(0).max(1).nullable(),
  /** Working days from reception to result, supplement and payment pauses excluded; null when nothing finished. */
  averageWorkingDays: z.number().nullable(),
  /** Filled in by the rating feature; null until then. */
  satisfaction: z.number().nullable(),
});
export type StatsRow = z.infer<typeof StatsRow>;

export const StatsResponse = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: StatsGroupBy,
  items: z.array(StatsRow),
});
export type StatsResponse = z.infer<typeof StatsResponse>;
