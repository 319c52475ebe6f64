import "./feedback.css";
import {
  feedbackCategories,
  feedbackCategoryLabel,
  feedbackStatuses,
  feedbackStatusLabel,
  type DeskFeedbackSummary,
  type FeedbackCategory,
  type FeedbackStatus,
} from "@motcua/contracts";
import * as api from "../api.ts";
import { ErrorAlert } from "../components/Alert.tsx";
import { Pagination } from "../components/Pagination.tsx";
import { OverdueBadge } from "../components/StatusChip.tsx";
import { formatDate, formatDateTime, formatPercent, monthOf, vnToday } from "../lib/format.ts";
import { useLoad, useRouteSearch } from "../lib/hooks.ts";
import { href, navigate, type FeedbackRoute } from "../lib/router.ts";
import { feedbackTone } from "./feedback-labels.ts";

const PAGE_SIZE = 20;

export function FeedbackChip({ status }: { status: FeedbackStatus }) {
  return <span className={`chip chip-${feedbackTone[status]}`}>{feedbackStatusLabel[status].vi}</span>;
}

/** This month's figures for the agency: what Decision 766 scores as feedback handled on time. */
function MonthFigures() {
  const { from, to } = monthOf(vnToday());
  const stats = useLoad(`feedback-stats:${from}`, () => api.feedbackStats(from, to));
  if (!stats.data) return <ErrorAlert error={stats.error} />;
  const s = stats.data;
  return (
    <dl className="feedback-stats" aria-label="Số liệu tháng này">
      <div>
        <dt>Tiếp nhận trong tháng</dt>
        <dd>{s.received}</dd>
      </div>
      <div>
        <dt>Trả lời đúng hạn</dt>
        <dd>
          {s.answeredOnTime}/{s.answeredOnTime + s.answeredLate} ({formatPercent(s.onTimeRate)})
        </dd>
      </div>
      <div>
        <dt>Đang xử lý</dt>
        <dd>{s.open}</dd>
      </div>
      <div>
        <dt>Đang quá hạn</dt>
        <dd className={s.openOverdue > 0 ? "text-danger" : undefined}>{s.openOverdue}</dd>
      </div>
    </dl>
  );
}

/** Managers' feedback inbox: open items first, soonest due first, overdue ones marked in red. */
export function FeedbackList({ route }: { route: FeedbackRoute }) {
  const [search, setSearch] = useRouteSearch(route);

  const query: api.FeedbackQuery = {
    page: route.page,
    pageSize: PAGE_SIZE,
    overdue: route.overdue,
    ...(route.status ? { status: route.status } : {}),
    ...(route.category ? { category: route.category } : {}),
    ...(route.q ? { q: route.q } : {}),
  };
  const list = useLoad(JSON.stringify(query), (signal) => api.listFeedback(query, signal));

  /** A filter change starts again at page 1; an emptied filter leaves the address. */
  const setFilter = (patch: Partial<Pick<FeedbackRoute, "status" | "category" | "overdue">>) => {
    const next: FeedbackRoute = { ...route, ...patch, page: 1 };
    if (!next.status) delete next.status;
    if (!next.category) delete next.category;
    navigate(next, { replace: true });
  };

  return (
    <section aria-labelledby="feedback-title">
      <div className="screen-head">
        <h1 id="feedback-title">Phản ánh, kiến nghị</h1>
        <button type="button" className="button" onClick={list.reload} disabled={list.loading}>
          Làm mới
        </button>
      </div>
      <MonthFigures />
      <div className="filters" role="search">
        <label className="field field-grow">
          <span>Tìm kiếm</span>
          <input type="search" placeholder="Mã phản ánh hoặc nội dung" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label className="field">
          <span>Trạng thái</span>
          <select value={route.status ?? ""} onChange={(e) => setFilter({ status: (e.target.value || undefined) as FeedbackStatus | undefined })}>
            <option value="">Tất cả trạng thái</option>
            {feedbackStatuses.map((s) => (
              <option key={s} value={s}>
                {feedbackStatusLabel[s].vi}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Loại</span>
          <select value={route.category ?? ""} onChange={(e) => setFilter({ category: (e.target.value || undefined) as FeedbackCategory | undefined })}>
            <option value="">Tất cả loại</option>
            {feedbackCategories.map((c) => (
              <option key={c} value={c}>
                {feedbackCategoryLabel[c].vi}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={route.overdue} onChange={(e) => setFilter({ overdue: e.target.checked })} />
          <span>Chỉ phản ánh quá hạn</span>
        </label>
      </div>
      <ErrorAlert error={list.error} />
      {list.data && <FeedbackTable items={list.data.items} busy={list.loading} />}
      {list.data && <Pagination page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onPage={(page) => navigate({ ...route, page })} />}
    </section>
  );
}

function FeedbackTable({ items, busy }: { items: DeskFeedbackSummary[]; busy: boolean }) {
  if (items.length === 0) return <p className="empty">Không có phản ánh nào phù hợp.</p>;
  return (
    <table className="table" aria-busy={busy}>
      <thead>
        <tr>
          <th scope="col">Mã</th>
          <th scope="col">Nội dung</th>
          <th scope="col">Loại</th>
          <th scope="col">Trạng thái</th>
          <th scope="col">Nhận lúc</th>
          <th scope="col">Hạn trả lời</th>
        </tr>
      </thead>
      <tbody>
        {items.map((f) => (
          <tr key={f.id} className={f.overdue ? "row-overdue" : f.status === "RECEIVED" ? "row-new" : undefined}>
            <td>
              <a href={href({ name: "feedbackItem", code: f.code })} className="code">
                {f.code}
              </a>
              {f.anonymous && <div className="muted small">Ẩn danh</div>}
            </td>
            <td>{f.excerpt}</td>
            <td>{feedbackCategoryLabel[f.category].vi}</td>
            <td>
              <FeedbackChip status={f.status} /> {f.overdue && <OverdueBadge />} {f.published && <span className="muted small">Đã công khai</span>}
            </td>
            <td>{formatDateTime(f.createdAt)}</td>
            <td>{formatDate(f.dueAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
