import { z } from "zod";

const LocalDay = z.iso.date({ message: "Ngày không hợp lệ (YYYY-MM-DD)" });

export const StatsGroupBy = z.enum(["agency", "procedure"]);
export type StatsGroupBy = z.infer<typeof StatsGroupBy>;

const period = {
  from: LocalDay,
  to: LocalDay,
  /** Only this agency's rows. */
  agency: z.string().trim().min(1).max(40).optional(),
};

/** A period of Vietnam-local days, both ends included, at most a year. */
const inPeriod = <T extends z.ZodType<{ from: string; to: string }>>(schema: T) =>
  schema
    .refine((q) => q.from <= q.to, { path: ["to"], message: "Ngày kết thúc phải sau ngày bắt đầu" })
    .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 366 * 86_400_000, { path: ["to"], message: "Tối đa một năm mỗi lần thống kê" });

export const StatsQuery = inPeriod(z.strictObject({ ...period, groupBy: StatsGroupBy.default("agency") }));
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
});
export type StatsRow = z.infer<typeof StatsRow>;

export const StatsResponse = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: StatsGroupBy,
  items: z.array(StatsRow),
});
export type StatsResponse = z.infer<typeof StatsResponse>;

/**
 * Satisfaction with the dossiers delivered in the period, from the citizens' ratings (one per
 * dossier, its latest version):
 * - `satisfactionRate`: (Rất hài lòng + Hài lòng) / ratings.
 * - `indexRate`, the index's "tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC": (delivered − rated
 *   Không hài lòng) / delivered; an unrated dossier is not a dissatisfied one. The index also takes
 *   out dossiers the citizen complained about, but feedback names no dossier, so none are.
 * - `averageCriteriaScore`: each rating with criteria scored out of 18 (nine criteria × 2 points:
 *   Rất hài lòng 2, Hài lòng 1, Không hài lòng 0; our mapping of the three levels), scaled from the
 *   criteria answered to all nine, then averaged over those ratings.
 */
export const SatisfactionFigures = z.object({
  delivered: z.number().int(),
  rated: z.number().int(),
  /** rated / delivered; null when nothing was delivered. */
  coverage: z.number().min(0).max(1).nullable(),
  verySatisfied: z.number().int(),
  satisfied: z.number().int(),
  dissatisfied: z.number().int(),
  /** Null when nothing was rated. */
  satisfactionRate: z.number().min(0).max(1).nullable(),
  /** Ratings that answered at least one of the nine criteria. */
  criteriaRated: z.number().int(),
  /** Out of 18; null when no rating answered a criterion. */
  averageCriteriaScore: z.number().min(0).max(18).nullable(),
  /** Null when nothing was delivered. */
  indexRate: z.number().min(0).max(1).nullable(),
});
export type SatisfactionFigures = z.infer<typeof SatisfactionFigures>;

export const SatisfactionRow = SatisfactionFigures.extend({ key: z.string(), name: z.string() });
export type SatisfactionRow = z.infer<typeof SatisfactionRow>;

export const SatisfactionResponse = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: StatsGroupBy,
  /** One row per agency or procedure that delivered a dossier in the period. */
  items: z.array(SatisfactionRow),
  total: SatisfactionFigures,
});
export type SatisfactionResponse = z.infer<typeof SatisfactionResponse>;

export const FeedbackHandlingQuery = inPeriod(z.strictObject(period));
export type FeedbackHandlingQuery = z.infer<typeof FeedbackHandlingQuery>;

/**
 * Feedback (phản ánh, kiến nghị) received in the period, by the agency handling it now; on time
 * means answered by the deadline set at receipt. Two rates:
 * - `onTimeRate`: answered on time / answered, as the feedback desk shows it.
 * - `indexOnTimeRate`, the index's "tỷ lệ PAKN xử lý đúng hạn" (Decision 766/QĐ-TTg: handled on time
 *   or early / all in the agency's remit): answered on time / (answered + open past the deadline).
 *   Dismissed feedback (duplicate, outside the remit) is not in the remit; open feedback not yet
 *   due is left out until it is decided either way.
 */
export const FeedbackHandlingFigures = z.object({
  received: z.number().int(),
  answered: z.number().int(),
  answeredOnTime: z.number().int(),
  dismissed: z.number().int(),
  open: z.number().int(),
  openOverdue: z.number().int(),
  onTimeRate: z.number().min(0).max(1).nullable(),
  indexOnTimeRate: z.number().min(0).max(1).nullable(),
});
export type FeedbackHandlingFigures = z.infer<typeof FeedbackHandlingFigures>;

export const FeedbackHandlingRow = FeedbackHandlingFigures.extend({ key: z.string(), name: z.string() });
export type FeedbackHandlingRow = z.infer<typeof FeedbackHandlingRow>;

export const FeedbackHandlingResponse = z.object({
  from: z.string(),
  to: z.string(),
  items: z.array(FeedbackHandlingRow),
  total: FeedbackHandlingFigures,
});
export type FeedbackHandlingResponse = z.infer<typeof FeedbackHandlingResponse>;
