import { html } from "./html.ts";
import { applicantLines, renderPage, vnDate, type DossierFacts } from "./layout.ts";

export interface SupplementRequestInput {
  facts: DossierFacts;
  /** What to add or correct: the requirement's name when the item names one, and why. */
  items: Array<{ document: string | null; note: string }>;
  reason: string | null;
}

/** Mẫu số 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
export function renderSupplementRequest(r: SupplementRequestInput): string {
  const { agency } = r.facts;
  const body = html`<p>Vào ${vnDate(r.facts.issuedAt)}, ${agency.name} đã xem xét hồ sơ của:</p>
${applicantLines(r.facts)}
<p>Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:</p>
<table>
<thead><tr><th>TT</th><th>Giấy tờ</th><th>Nội dung cần bổ sung, hoàn thiện</th></tr></thead>
<tbody>${r.items.map((item, i) => html`<tr><td class="n">${i + 1}</td><td>${item.document ?? "—"}</td><td>${item.note}</td></tr>`)}</tbody>
</table>
${r.reason ? html`<p>Lý do: ${r.reason}</p>` : ""}
<p>Hồ sơ được bổ sung một lần; thời hạn giải quyết được tính lại từ khi nhận đủ hồ sơ bổ sung.
Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ ${agency.name}${agency.phone ? html`, số điện thoại ${agency.phone}` : ""} để được hướng dẫn.</p>`;
  return renderPage({
    facts: r.facts,
    form: "Mẫu số 02",
    title: "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
    number: `${r.facts.code}/BS`,
    body,
    signatures: [{ title: "Người hướng dẫn", note: "Ký và ghi rõ họ tên" }],
  });
}
