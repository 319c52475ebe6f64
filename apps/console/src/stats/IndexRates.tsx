import type { FeedbackHandlingResponse, SatisfactionResponse } from "@motcua/contracts";
import { formatPercent } from "../lib/format.ts";

/**
 * The three rates behind the 18 satisfaction points of Decision 766/QĐ-TTg, for the whole period.
 * Rates, not points: how a rate becomes points is not in the sources we have, and the citizen's
 * verdict on a feedback answer is not collected, so that rate cannot be computed.
 */
export function IndexRates({ satisfaction, feedback }: { satisfaction: SatisfactionResponse | undefined; feedback: FeedbackHandlingResponse | undefined }) {
  return (
    <section className="stats-section" aria-labelledby="index-rates-title">
      <h2 id="index-rates-title">Chỉ số hài lòng theo Quyết định 766/QĐ-TTg</h2>
      <dl className="index-rates">
        <div>
          <dt>Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC</dt>
          <dd>{satisfaction ? formatPercent(satisfaction.total.indexRate) : "…"}</dd>
        </div>
        <div>
          <dt>Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn</dt>
          <dd>{feedback ? formatPercent(feedback.total.indexOnTimeRate) : "…"}</dd>
        </div>
        <div>
          <dt>Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị</dt>
          <dd>Chưa tính được</dd>
        </div>
      </dl>
      <p className="stats-note">
        Ba tỷ lệ tạo nên 18 điểm của nhóm chỉ số Mức độ hài lòng, chưa quy ra điểm. Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị chưa tính được vì
        hệ thống chưa thu ý kiến của người dân về câu trả lời.
      </p>
    </section>
  );
}
