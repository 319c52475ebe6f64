import type { FeedbackHandlingResponse } from "@motcua/contracts";
import { ErrorAlert } from "../components/Alert.tsx";
import type { Loaded } from "../lib/hooks.ts";
import { feedbackColumns } from "./columns.ts";
import { FiguresTable } from "./FiguresTable.tsx";

/** Feedback received in the period per agency handling it, and how much of it was answered on time. */
export function FeedbackHandlingSection({ report }: { report: Loaded<FeedbackHandlingResponse> }) {
  return (
    <section className="stats-section" aria-labelledby="feedback-handling-title">
      <h2 id="feedback-handling-title">Phản ánh, kiến nghị</h2>
      <p className="stats-note">
        Phản ánh, kiến nghị tiếp nhận trong kỳ, theo cơ quan đang xử lý. Đúng hạn: trả lời không muộn hơn hạn định khi tiếp nhận. Tỷ lệ xử lý đúng
        hạn theo Quyết định 766/QĐ-TTg = trả lời đúng hạn / (đã trả lời + đang quá hạn); phản ánh không xử lý và phản ánh chưa đến hạn không tính.
      </p>
      <ErrorAlert error={report.error} />
      {report.data &&
        (report.data.items.length === 0 ? (
          <p className="empty">Không có phản ánh, kiến nghị nào được tiếp nhận trong kỳ này.</p>
        ) : (
          <FiguresTable caption="Xử lý phản ánh, kiến nghị theo cơ quan" nameLabel="Cơ quan" rows={report.data.items} total={report.data.total} columns={feedbackColumns} />
        ))}
    </section>
  );
}
