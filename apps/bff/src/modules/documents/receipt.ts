import { html, type Html } from "./html.ts";
import { applicantLines, renderPage, vnDateTime, type DossierFacts } from "./layout.ts";

export interface ReceivedDocument {
  name: string;
  originals: number;
  copies: number;
}

export interface ReceiptInput {
  facts: DossierFacts;
  documents: ReceivedDocument[];
  /** The legal processing time, e.g. "3 ngày làm việc". */
  processingTime: string;
  receivedAt: Date;
  dueAt: Date;
  /** How the result comes back: at the desk, or by post to an address. */
  returnMethod: string;
  trackingUrl: string;
  qr: Html;
  /** Printed only when the caller has it: it is stored hashed. */
  lookupSecret?: string;
}

/** Mẫu số 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
export function renderReceipt(r: ReceiptInput): string {
  const rows = r.documents.length
    ? r.documents.map((d, i) => html`<tr><td class="n">${i + 1}</td><td>${d.name}</td><td class="n">${d.originals}</td><td class="n">${d.copies}</td></tr>`)
    : html`<tr><td colspan="4">Hồ sơ điện tử, không kèm giấy tờ theo danh mục.</td></tr>`;
  const body = html`<p>${r.facts.agency.name} đã tiếp nhận hồ sơ của:</p>
${applicantLines(r.facts)}
<p>1. Thành phần hồ sơ nộp gồm:</p>
<table>
<thead><tr><th>TT</th><th>Tên giấy tờ</th><th>Bản chính</th><th>Bản sao</th></tr></thead>
<tbody>${rows}</tbody>
</table>
<p>2. Thời gian giải quyết hồ sơ theo quy định: ${r.processingTime}.</p>
<p>3. Thời gian nhận hồ sơ: ${vnDateTime(r.receivedAt)}.</p>
<p>4. Thời gian trả kết quả giải quyết hồ sơ: <strong>${vnDateTime(r.dueAt)}</strong>.</p>
<p>5. Hình thức nhận kết quả: ${r.returnMethod}.</p>
<div class="qr">${r.qr}<div>
<p>Tra cứu tình trạng hồ sơ bằng cách quét mã QR hoặc truy cập ${r.trackingUrl}</p>
${r.lookupSecret ? html`<p>Mã tra cứu: <strong>${r.lookupSecret}</strong> (giữ kín, dùng cùng mã hồ sơ).</p>` : ""}
</div></div>`;
  return renderPage({
    facts: r.facts,
    form: "Mẫu số 01",
    title: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
    number: r.facts.code,
    body,
    signatures: [
      { title: "Người nộp hồ sơ", note: "Ký và ghi rõ họ tên" },
      { title: "Người tiếp nhận hồ sơ", note: "Ký và ghi rõ họ tên" },
    ],
  });
}
