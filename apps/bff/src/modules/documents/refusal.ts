import { html } from "./html.ts";
import { applicantLines, renderPage, vnDate, type DossierFacts } from "./layout.ts";

export interface RefusalInput {
  facts: DossierFacts;
  reason: string;
}

/** Mẫu số 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
export function renderRefusal(r: RefusalInput): string {
  const body = html`<p>${r.facts.agency.name} đã nhận hồ sơ đề nghị giải quyết thủ tục hành chính của:</p>
${applicantLines(r.facts)}
<p>Qua nghiên cứu, xem xét, đối chiếu với các quy định hiện hành, ${vnDate(r.facts.issuedAt)}, cơ quan tiếp nhận
từ chối tiếp nhận hồ sơ của Ông/Bà với lý do cụ thể như sau:</p>
<p><strong>${r.reason}</strong></p>
<p>Xin thông báo để Ông/Bà được biết và thực hiện.</p>`;
  return renderPage({
    facts: r.facts,
    form: "Mẫu số 03",
    title: "Phiếu từ chối tiếp nhận giải quyết hồ sơ",
    number: `${r.facts.code}/TC`,
    body,
    signatures: [{ title: "Người tiếp nhận hồ sơ", note: "Ký và ghi rõ họ tên" }],
  });
}
