import "./stats-tables.css";
import { useState, type FormEvent } from "react";
import type { StatsGroupBy, StatsRow } from "@motcua/contracts";
import * as api from "../api.ts";
import { ErrorAlert } from "../components/Alert.tsx";
import { formatLocalDay, formatNumber, formatPercent, monthOf, vnToday } from "../lib/format.ts";
import { useLoad } from "../lib/hooks.ts";
import { FeedbackHandlingSection } from "./FeedbackHandlingSection.tsx";
import { IndexRates } from "./IndexRates.tsx";
import { SatisfactionSection } from "./SatisfactionSection.tsx";
import { StatsChart } from "./StatsChart.tsx";
import { overallOnTimeRate } from "./chart.ts";

interface Period {
  from: string;
  to: string;
  groupBy: StatsGroupBy;
}

export function Stats() {
  const [draft, setDraft] = useState<Period>(() => ({ ...monthOf(vnToday()), groupBy: "agency" }));
  const [period, setPeriod] = useState(draft);
  const report = useLoad(JSON.stringify(period), () => api.stats(period.from, period.to, period.groupBy));
  const days = `${period.from}/${period.to}`;
  const satisfaction = useLoad(`satisfaction:${days}`, () => api.satisfaction(period.from, period.to, "agency"));
  const feedback = useLoad(`feedback-handling:${days}`, () => api.feedbackHandling(period.from, period.to));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setPeriod(draft);
  };
  const rows = report.data?.items ?? [];
  const rate = overallOnTimeRate(rows);

  return (
    <section aria-labelledby="stats-title">
      <h1 id="stats-title">Thống kê giải quyết hồ sơ</h1>
      <form className="filters" onSubmit={submit}>
        <label className="field">
          <span>Từ ngày</span>
          <input type="date" required value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </label>
        <label className="field">
          <span>Đến ngày</span>
          <input type="date" required min={draft.from} value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </label>
        <label className="field">
          <span>Nhóm theo</span>
          <select value={draft.groupBy} onChange={(e) => setDraft({ ...draft, groupBy: e.target.value as StatsGroupBy })}>
            <option value="agency">Cơ quan</option>
            <option value="procedure">Thủ tục</option>
          </select>
        </label>
        <button type="submit" className="button button-primary">
          Xem thống kê
        </button>
      </form>
      <ErrorAlert error={report.error} />
      {report.data && (
        <>
          <p className="stats-headline" aria-live="polite">
            Hồ sơ tiếp nhận từ {formatLocalDay(report.data.from)} đến {formatLocalDay(report.data.to)}: tỷ lệ giải quyết đúng hạn{" "}
            <strong>{formatPercent(rate)}</strong>
          </p>
          {rows.length === 0 ? <p className="empty">Không có hồ sơ nào được tiếp nhận trong kỳ này.</p> : <StatsChart rows={rows} />}
          {rows.length > 0 && <StatsTable rows={rows} groupBy={report.data.groupBy} />}
        </>
      )}
      <IndexRates satisfaction={satisfaction.data} feedback={feedback.data} />
      <SatisfactionSection period={period} byAgency={satisfaction} />
      <FeedbackHandlingSection report={feedback} />
    </section>
  );
}

function StatsTable({ rows, groupBy }: { rows: StatsRow[]; groupBy: StatsGroupBy }) {
  const sum = (pick: (r: StatsRow) => number) => formatNumber(rows.reduce((s, r) => s + pick(r), 0));
  return (
    <table className="table stats">
      <caption className="visually-hidden">Số liệu chi tiết</caption>
      <thead>
        <tr>
          <th scope="col">{groupBy === "agency" ? "Cơ quan" : "Thủ tục"}</th>
          <th scope="col">Tiếp nhận</th>
          <th scope="col">Trước hạn</th>
          <th scope="col">Đúng hạn</th>
          <th scope="col">Quá hạn</th>
          <th scope="col">Đang giải quyết</th>
          <th scope="col">Đang quá hạn</th>
          <th scope="col">Tỷ lệ đúng hạn</th>
          <th scope="col">Số ngày làm việc TB</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.name}</th>
            <td>{formatNumber(r.received)}</td>
            <td>{formatNumber(r.finishedEarly)}</td>
            <td>{formatNumber(r.finishedOnTime)}</td>
            <td className={r.finishedLate ? "text-danger" : undefined}>{formatNumber(r.finishedLate)}</td>
            <td>{formatNumber(r.inProgress)}</td>
            <td className={r.overdueNow ? "text-danger" : undefined}>{formatNumber(r.overdueNow)}</td>
            <td>{formatPercent(r.onTimeRate)}</td>
            <td>{r.averageWorkingDays === null ? "—" : formatNumber(Math.round(r.averageWorkingDays * 10) / 10)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Tổng cộng</th>
          <td>{sum((r) => r.received)}</td>
          <td>{sum((r) => r.finishedEarly)}</td>
          <td>{sum((r) => r.finishedOnTime)}</td>
          <td>{sum((r) => r.finishedLate)}</td>
          <td>{sum((r) => r.inProgress)}</td>
          <td>{sum((r) => r.overdueNow)}</td>
          <td>{formatPercent(overallOnTimeRate(rows))}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
