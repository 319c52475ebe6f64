import type { FeedbackHandlingFigures, SatisfactionFigures } from "@motcua/contracts";
import { formatNumber, formatPercent } from "../lib/format.ts";

export interface FigureColumn<R> {
  /** The field shown and sorted on. */
  id: keyof R & string;
  label: string;
  cell: (figures: R) => string;
  /** Marks a figure as a problem (dissatisfied, late) when it is not zero. */
  alarm?: (figures: R) => boolean;
}

const count = <R>(id: keyof R & string, label: string, alarm = false): FigureColumn<R> => ({
  id,
  label,
  cell: (r) => formatNumber(r[id] as number),
  ...(alarm ? { alarm: (r: R) => (r[id] as number) > 0 } : {}),
});
const share = <R>(id: keyof R & string, label: string): FigureColumn<R> => ({ id, label, cell: (r) => formatPercent(r[id] as number | null) });

/** Out of 18, one decimal; "—" when no rating answered a criterion. */
export const formatScore = (score: number | null): string => (score === null ? "—" : `${formatNumber(Math.round(score * 10) / 10)}/18`);

export const satisfactionColumns: FigureColumn<SatisfactionFigures>[] = [
  count("delivered", "Đã trả kết quả"),
  count("rated", "Được đánh giá"),
  share("coverage", "Tỷ lệ được đánh giá"),
  count("verySatisfied", "Rất hài lòng"),
  count("satisfied", "Hài lòng"),
  count("dissatisfied", "Không hài lòng", true),
  share("satisfactionRate", "Tỷ lệ hài lòng"),
  { id: "averageCriteriaScore", label: "Điểm 9 tiêu chí (TB)", cell: (r) => formatScore(r.averageCriteriaScore) },
  share("indexRate", "Tỷ lệ hài lòng theo QĐ 766"),
];

export const feedbackColumns: FigureColumn<FeedbackHandlingFigures>[] = [
  count("received", "Tiếp nhận"),
  count("answered", "Đã trả lời"),
  count("answeredOnTime", "Trả lời đúng hạn"),
  count("dismissed", "Không xử lý"),
  count("open", "Đang xử lý"),
  count("openOverdue", "Đang quá hạn", true),
  share("onTimeRate", "Tỷ lệ trả lời đúng hạn"),
  share("indexOnTimeRate", "Tỷ lệ xử lý đúng hạn theo QĐ 766"),
];
