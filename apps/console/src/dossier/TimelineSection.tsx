import type { DeskDossierDetail } from "@motcua/contracts";
import { formatDate, formatDateTime, formatMoney } from "../lib/format.ts";

type Entry = DeskDossierDetail["timeline"][number];

const actorLabel: Record<Entry["actorType"], string> = { citizen: "Công dân", officer: "Cán bộ", system: "Hệ thống" };

const str = (v: unknown): string | undefined => (typeof v === "string" && v ? v : undefined);
const list = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === "object" && x !== null) : [];

/** The step's recorded details in words; `data` is free-form, so every read is checked. */
export function detailLines(entry: Pick<Entry, "action" | "data">): string[] {
  const data = entry.data ?? {};
  switch (entry.action) {
    case "accept":
      return [str(data.officialCode) && `Mã hồ sơ: ${str(data.officialCode)}`, str(data.dueAt) && `Hẹn trả: ${formatDate(str(data.dueAt)!)}`].filter((l): l is string => !!l);
    case "request_supplement":
      return list(data.items).map((i) => `Cần bổ sung: ${str(i.note) ?? ""}`);
    case "request_payment":
      return typeof data.amount === "number" ? [`Số tiền: ${formatMoney(data.amount)}`] : [];
    case "extend":
      return [`Hẹn trả mới: ${formatDate(str(data.dueAt) ?? null)} (trước đó: ${formatDate(str(data.previousDueAt) ?? null)})`];
    case "result_ready":
      return list(data.documents).map((d) => `Kết quả: ${[str(d.name), str(d.number) && `số ${str(d.number)}`].filter(Boolean).join(", ")}`);
    case "dispatch":
      return str(data.trackingNumber) ? [`Mã bưu gửi: ${str(data.trackingNumber)}`] : [];
    case "deliver":
      return str(data.recipient) ? [`Người nhận: ${str(data.recipient)}`] : [];
    case "transfer":
      return [`Chuyển từ ${str(data.from) ?? "?"} sang ${str(data.to) ?? "?"}`];
    default:
      return [];
  }
}

export function TimelineSection({ timeline }: { timeline: Entry[] }) {
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Quá trình xử lý</h2>
      <ol className="timeline">
        {timeline.map((entry, i) => (
          <li key={`${entry.at}-${i}`} className={`timeline-item timeline-${entry.actorType}`}>
            <div className="timeline-head">
              <strong>{entry.label}</strong>
              <span className="muted small">
                {formatDateTime(entry.at)} · {actorLabel[entry.actorType]}
              </span>
            </div>
            {entry.note && <p className="preserve-lines">{entry.note}</p>}
            {detailLines(entry).map((line) => (
              <p key={line} className="small">
                {line}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
