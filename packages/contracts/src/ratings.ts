import { z } from "zod";
import { multiLine } from "./text.ts";

/** The three answers of the per-dossier satisfaction question (Decision 766/QĐ-TTg). */
export const satisfactionLevels = ["VERY_SATISFIED", "SATISFIED", "DISSATISFIED"] as const;
export const SatisfactionLevel = z.enum(satisfactionLevels, { message: "Hãy chọn một mức độ hài lòng" });
export type SatisfactionLevel = z.infer<typeof SatisfactionLevel>;

export const satisfactionLabel: Record<SatisfactionLevel, { vi: string; en: string }> = {
  VERY_SATISFIED: { vi: "Rất hài lòng", en: "Very satisfied" },
  SATISFIED: { vi: "Hài lòng", en: "Satisfied" },
  DISSATISFIED: { vi: "Không hài lòng", en: "Dissatisfied" },
};

/**
 * The nine criteria of the satisfaction index, each worth two points in the index; the citizen may
 * answer any of them with the same three levels, as optional detail behind the overall answer.
 */
export const ratingCriteria = [
  "TOTAL_TIME",
  "AGENCY_TIME",
  "CONTACTS_NEEDED",
  "AGENCIES_CONTACTED",
  "ONE_STOP_DESK",
  "DISCLOSURE",
  "STAFF_ATTITUDE",
  "FEEDBACK_HANDLING",
  "ONLINE_SERVICE",
] as const;
export const RatingCriterion = z.enum(ratingCriteria);
export type RatingCriterion = z.infer<typeof RatingCriterion>;

/** Worded as the citizen reads them: what each criterion asks about. */
export const criterionLabel: Record<RatingCriterion, { vi: string; en: string }> = {
  TOTAL_TIME: { vi: "Tổng thời gian giải quyết so với thời hạn quy định", en: "Total processing time against the legal limit" },
  AGENCY_TIME: { vi: "Thời gian xử lý tại từng cơ quan", en: "Time taken at each agency" },
  CONTACTS_NEEDED: { vi: "Số lần phải liên hệ để hoàn thiện hồ sơ", en: "Number of contacts needed to complete the dossier" },
  AGENCIES_CONTACTED: { vi: "Số cơ quan phải liên hệ", en: "Number of agencies you had to contact" },
  ONE_STOP_DESK: { vi: "Tiếp nhận và trả kết quả tại Bộ phận Một cửa", en: "Reception and return of results at the one-stop desk" },
  DISCLOSURE: { vi: "Công khai thủ tục, phí và thời hạn", en: "Public information on the procedure, fees and time limits" },
  STAFF_ATTITUDE: { vi: "Thái độ của cán bộ, công chức", en: "Attitude of the staff" },
  FEEDBACK_HANDLING: { vi: "Tiếp nhận và xử lý phản ánh, kiến nghị", en: "Handling of feedback and complaints" },
  ONLINE_SERVICE: { vi: "Chất lượng dịch vụ công trực tuyến", en: "Quality of the online public service" },
};

/** A rating can be changed for this long after it was first given, then it is final. */
export const RATING_CHANGE_DAYS = 7;
export const RATING_COMMENT_MAX = 1000;

export const RatingCriteria = z.partialRecord(RatingCriterion, SatisfactionLevel);
export type RatingCriteria = z.infer<typeof RatingCriteria>;

export const RateDossierRequest = z.strictObject({
  level: SatisfactionLevel,
  criteria: RatingCriteria.optional(),
  comment: multiLine(RATING_COMMENT_MAX, 0).optional(),
});
export type RateDossierRequest = z.infer<typeof RateDossierRequest>;

export const DossierRating = z.object({
  level: SatisfactionLevel,
  criteria: RatingCriteria,
  comment: z.string().nullable(),
  firstRatedAt: z.string(),
  updatedAt: z.string(),
  /** After this instant the rating is final. */
  changeableUntil: z.string(),
});
export type DossierRating = z.infer<typeof DossierRating>;

/** What the citizen may do now: rate (delivered, never rated), change (within the window), or neither. */
export const DossierRatingState = z.object({
  dossierId: z.uuid(),
  /** Only a dossier whose result was delivered can be rated. */
  delivered: z.boolean(),
  /** Whether a PUT would be accepted now. */
  canRate: z.boolean(),
  rating: DossierRating.nullable(),
});
export type DossierRatingState = z.infer<typeof DossierRatingState>;
