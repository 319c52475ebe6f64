import { html } from "./html.ts";
import { applicantLines, renderPage, vnDate, vnDateTime, type DossierFacts } from "./layout.ts";

export interface ApologyInput {
  facts: DossierFacts;
  receivedAt: Date;
  reason: string;
  newDueAt: Date;
}

/** Mẫu số 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả. */
export function renderApology(r: ApologyInput): string {
  const { agency } = r.facts;
  const body = html`<p>Vào ${vnDate(r.receivedAt)}, ${agency.name} tiếp nhận giải quyết hồ sơ của:</p>
${applicantLines(r.facts)}
<p>Tuy nhiên đến nay, ${agency.name} chưa trả kết quả giải quyết hồ sơ của Ông/Bà đúng hạn với lý do:</p>
<p><strong>${r.reason}</strong></p>
<p>Sự chậm trễ này đã gây phiền hà cho Ông/Bà. ${agency.name} xin lỗi Ông/Bà và hẹn trả kết quả giải quyết hồ sơ vào
<strong>${vnDateTime(r.newDueAt)}</strong>.</p>
<p>Xin trân trọng cảm ơn sự hợp tác của Ông/Bà.</p>`;
  return renderPage({
    facts: r.facts,
    form: "Mẫu số 04",
    title: "Phiếu xin lỗi và hẹn lại ngày trả kết quả",
    number: `${r.facts.code}/XL`,
    body,
    signatures: [{ title: "Thủ trưởng cơ quan", note: "Ký, ghi rõ họ tên và đóng dấu" }],
  });
}
