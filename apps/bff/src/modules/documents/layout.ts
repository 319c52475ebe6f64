import { toVnLocal } from "@motcua/calendar";
import { html, trusted, type Html } from "./html.ts";

export interface IssuingAgency {
  name: string;
  address: string | null;
  phone: string | null;
}

export interface Signature {
  title: string;
  note: string;
}

/** What every document says about the dossier it concerns. */
export interface DossierFacts {
  agency: IssuingAgency;
  /** The place in the date line, "Đồng Nai, ngày … tháng … năm …". */
  place: string;
  issuedAt: Date;
  /** The official dossier code once received, the filing reference before. */
  code: string;
  applicant: { fullName: string; address: string; phone: string };
  procedureName: string;
}

export interface PageInput {
  facts: DossierFacts;
  /** The one-stop form it follows, e.g. "Mẫu số 01". */
  form: string;
  title: string;
  /** Printed as "Số: …". */
  number: string;
  body: Html;
  signatures: Signature[];
}

/** "ngày 05 tháng 03 năm 2026", the administrative date form, in Vietnam time. */
export function vnDate(at: Date): string {
  const [y, m, d] = toVnLocal(at).date.split("-");
  return `ngày ${d} tháng ${m} năm ${y}`;
}

/** "09 giờ 30 phút, ngày 05 tháng 03 năm 2026". */
export function vnDateTime(at: Date): string {
  const [h, min] = toVnLocal(at).time.split(":");
  return `${h} giờ ${min} phút, ${vnDate(at)}`;
}

// Decree 30/2020 presentation: Times New Roman 13–14 pt, margins top/bottom 20, left 30, right 15 mm.
const STYLE = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.45; color: #000; }
.sheet { width: 210mm; min-height: 297mm; margin: 0 auto; padding: 20mm 15mm 20mm 30mm; background: #fff; }
.head { display: grid; grid-template-columns: 5fr 7fr; text-align: center; column-gap: 4mm; }
.head .agency { font-weight: bold; text-transform: uppercase; }
.head .motto { font-weight: bold; }
.head .rule { width: 40%; margin: 1mm auto 2mm; border-top: 1px solid #000; }
.head .place { font-style: italic; margin-top: 2mm; }
.contact { text-align: center; font-size: 11pt; margin: 2mm 0 0; }
.form { text-align: right; font-size: 11pt; font-style: italic; margin: 4mm 0 0; }
h1 { font-size: 14pt; text-align: center; text-transform: uppercase; margin: 6mm 0 1mm; }
.subtitle { text-align: center; font-weight: bold; margin: 0 0 5mm; }
p { margin: 1.5mm 0; text-align: justify; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0; }
th, td { border: 1px solid #000; padding: 1mm 2mm; vertical-align: top; }
td.n { text-align: center; width: 12mm; }
.signatures { display: flex; justify-content: space-around; text-align: center; margin-top: 8mm; page-break-inside: avoid; }
.signatures .title { font-weight: bold; text-transform: uppercase; }
.signatures .note { font-style: italic; font-size: 11pt; min-height: 25mm; }
.qr { display: flex; gap: 4mm; align-items: center; margin-top: 5mm; page-break-inside: avoid; }
.qr svg { width: 30mm; height: 30mm; flex: none; }
@media screen { body { background: #e5e5e5; } .sheet { margin: 10mm auto; box-shadow: 0 0 4mm rgba(0, 0, 0, 0.25); } }
@media print { .sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; } }
`;

/** The applicant and request lines the one-stop forms open with. */
export function applicantLines(f: DossierFacts): Html {
  return html`<p>Họ và tên người nộp hồ sơ: <strong>${f.applicant.fullName}</strong></p>
<p>Địa chỉ: ${f.applicant.address}</p>
<p>Số điện thoại: ${f.applicant.phone}</p>
<p>Nội dung yêu cầu giải quyết: ${f.procedureName}</p>`;
}

export function renderPage(p: PageInput): string {
  const { agency, place, issuedAt } = p.facts;
  const contact = [agency.address && `Địa chỉ: ${agency.address}`, agency.phone && `Điện thoại: ${agency.phone}`].filter(Boolean).join(" · ");
  const page = html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title} – ${p.number}</title>
<style>${trusted(STYLE)}</style>
</head>
<body>
<main class="sheet">
<p class="form">${p.form}</p>
<header class="head">
  <div><div class="agency">${agency.name}</div><div class="rule"></div><div>Số: ${p.number}</div></div>
  <div>
    <div class="motto">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
    <div class="motto">Độc lập - Tự do - Hạnh phúc</div>
    <div class="rule"></div>
    <div class="place">${place}, ${vnDate(issuedAt)}</div>
  </div>
</header>
${contact ? html`<p class="contact">${contact}</p>` : ""}
<h1>${p.title}</h1>
<p class="subtitle">Mã hồ sơ: ${p.facts.code}</p>
${p.body}
<section class="signatures">
${p.signatures.map((s) => html`<div><div class="title">${s.title}</div><div class="note">(${s.note})</div></div>`)}
</section>
</main>
</body>
</html>
`;
  return page.value;
}
