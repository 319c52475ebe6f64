import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { FeedbackHandlingFigures, SatisfactionFigures } from "@motcua/contracts";
import { feedbackColumns, satisfactionColumns } from "./columns.ts";
import { FiguresTable } from "./FiguresTable.tsx";

const figures = (over: Partial<SatisfactionFigures>): SatisfactionFigures => ({
  delivered: 0,
  rated: 0,
  coverage: null,
  verySatisfied: 0,
  satisfied: 0,
  dissatisfied: 0,
  satisfactionRate: null,
  criteriaRated: 0,
  averageCriteriaScore: null,
  indexRate: null,
  ...over,
});

/** The table's text, cell by cell, row by row. */
const cells = (html: string) =>
  [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row]) => [...row!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map(([, cell]) => cell!.replace(/<[^>]+>/g, "")));

describe("satisfaction table", () => {
  const rows = [
    { key: "B", name: "UBND phường Trấn Biên", ...figures({ delivered: 4, rated: 3, coverage: 0.75, verySatisfied: 1, satisfied: 1, dissatisfied: 1, satisfactionRate: 2 / 3, criteriaRated: 2, averageCriteriaScore: 11.25, indexRate: 0.75 }) },
    { key: "A", name: "Sở Tư pháp", ...figures({ delivered: 1, coverage: 0, indexRate: 1 }) },
  ];
  const total = figures({ delivered: 5, rated: 3, coverage: 0.6, verySatisfied: 1, satisfied: 1, dissatisfied: 1, satisfactionRate: 2 / 3, criteriaRated: 2, averageCriteriaScore: 11.25, indexRate: 0.8 });
  const html = renderToStaticMarkup(<FiguresTable caption="Mức độ hài lòng theo cơ quan" nameLabel="Cơ quan" rows={rows} total={total} columns={satisfactionColumns} onOpen={() => {}} openHint="Xem theo từng thủ tục" />);

  it("labels every column in Vietnamese, rows by name A to Z, figures formatted, the period's total last", () => {
    expect(cells(html)).toEqual([
      ["Cơ quan ▲", "Đã trả kết quả ↕", "Được đánh giá ↕", "Tỷ lệ được đánh giá ↕", "Rất hài lòng ↕", "Hài lòng ↕", "Không hài lòng ↕", "Tỷ lệ hài lòng ↕", "Điểm 9 tiêu chí (TB) ↕", "Tỷ lệ hài lòng theo QĐ 766 ↕"],
      ["Sở Tư pháp", "1", "0", "0%", "0", "0", "0", "—", "—", "100%"],
      ["UBND phường Trấn Biên", "4", "3", "75%", "1", "1", "1", "66,7%", "11,3/18", "75%"],
      ["Tổng cộng", "5", "3", "60%", "1", "1", "1", "66,7%", "11,3/18", "80%"],
    ]);
  });

  it("says which column is sorted, marks dissatisfied ratings and makes each agency open its procedures", () => {
    expect(html).toContain('<th scope="col" aria-sort="ascending"><button type="button" class="sort-button">Cơ quan');
    expect(html.match(/aria-sort="none"/g)).toHaveLength(satisfactionColumns.length);
    expect(html).toContain('<td class="text-danger">1</td>');
    expect(html.match(/<button type="button" class="link-button" title="Xem theo từng thủ tục">/g)).toHaveLength(2);
  });
});

describe("feedback handling table", () => {
  it("shows on-time figures per agency, overdue in red, and no buttons on names without a drill", () => {
    const row: FeedbackHandlingFigures = { received: 5, answered: 2, answeredOnTime: 1, dismissed: 1, open: 2, openOverdue: 1, onTimeRate: 0.5, indexOnTimeRate: 1 / 3 };
    const html = renderToStaticMarkup(<FiguresTable caption="Xử lý phản ánh, kiến nghị" nameLabel="Cơ quan" rows={[{ key: "A", name: "Sở Tư pháp", ...row }]} total={row} columns={feedbackColumns} />);
    expect(cells(html)).toEqual([
      ["Cơ quan ▲", "Tiếp nhận ↕", "Đã trả lời ↕", "Trả lời đúng hạn ↕", "Không xử lý ↕", "Đang xử lý ↕", "Đang quá hạn ↕", "Tỷ lệ trả lời đúng hạn ↕", "Tỷ lệ xử lý đúng hạn theo QĐ 766 ↕"],
      ["Sở Tư pháp", "5", "2", "1", "1", "2", "1", "50%", "33,3%"],
      ["Tổng cộng", "5", "2", "1", "1", "2", "1", "50%", "33,3%"],
    ]);
    expect(html).toContain('<td class="text-danger">1</td>');
    expect(html).not.toContain("link-button");
  });
});
