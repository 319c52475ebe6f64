import { dossierStatuses, statusLabel, type DeskDossierSummary, type DossierStatus } from "@motcua/contracts";
import * as api from "../api.ts";
import { ErrorAlert } from "../components/Alert.tsx";
import { Pagination } from "../components/Pagination.tsx";
import { OverdueBadge, StatusChip } from "../components/StatusChip.tsx";
import { formatDate, formatDateTime } from "../lib/format.ts";
import { useLoad, useRouteSearch } from "../lib/hooks.ts";
import { href, navigate, type QueueRoute } from "../lib/router.ts";

const PAGE_SIZE = 20;

export function Queue({ route }: { route: QueueRoute }) {
  const [search, setSearch] = useRouteSearch(route);

  const query = { page: route.page, pageSize: PAGE_SIZE, overdue: route.overdue, ...(route.status ? { status: route.status } : {}), ...(route.q ? { q: route.q } : {}) };
  const list = useLoad(JSON.stringify(query), (signal) => api.listDossiers(query, signal));

  const setStatus = (value: string) => {
    const { status: _, ...rest } = route;
    navigate({ ...rest, ...(value ? { status: value as DossierStatus } : {}), page: 1 }, { replace: true });
  };

  return (
    <section aria-labelledby="queue-title">
      <div className="screen-head">
        <h1 id="queue-title">Hàng đợi hồ sơ</h1>
        <button type="button" className="button" onClick={list.reload} disabled={list.loading}>
          Làm mới
        </button>
      </div>
      <div className="filters" role="search">
        <label className="field field-grow">
          <span>Tìm kiếm</span>
          <input type="search" placeholder="Mã hồ sơ, tên người nộp hoặc số điện thoại" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label className="field">
          <span>Trạng thái</span>
          <select value={route.status ?? ""} onChange={(e) => setStatus(e.target.value)}>
            <option value="">Tất cả trạng thái</option>
            {dossierStatuses.map((s) => (
              <option key={s} value={s}>
                {statusLabel[s].vi}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={route.overdue} onChange={(e) => navigate({ ...route, overdue: e.target.checked, page: 1 }, { replace: true })} />
          <span>Chỉ hồ sơ quá hạn</span>
        </label>
      </div>
      <ErrorAlert error={list.error} />
      {list.data && <QueueTable items={list.data.items} busy={list.loading} />}
      {list.data && <Pagination page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onPage={(page) => navigate({ ...route, page })} />}
    </section>
  );
}

function QueueTable({ items, busy }: { items: DeskDossierSummary[]; busy: boolean }) {
  if (items.length === 0) return <p className="empty">Không có hồ sơ nào phù hợp.</p>;
  return (
    <table className="table queue" aria-busy={busy}>
      <thead>
        <tr>
          <th scope="col">Mã hồ sơ</th>
          <th scope="col">Người nộp</th>
          <th scope="col">Thủ tục</th>
          <th scope="col">Trạng thái</th>
          <th scope="col">Nộp lúc</th>
          <th scope="col">Hạn trả</th>
        </tr>
      </thead>
      <tbody>
        {items.map((d) => (
          <tr key={d.id} className={d.overdue ? "row-overdue" : d.status === "SUBMITTED" ? "row-new" : undefined}>
            <td>
              <a href={href({ name: "dossier", id: d.id })} className="code">
                {d.officialCode ?? d.reference}
              </a>
              {d.officialCode && <div className="muted small">{d.reference}</div>}
            </td>
            <td>
              {d.applicantName}
              <div className="muted small">{d.applicantPhone}</div>
            </td>
            <td>{d.procedure.name}</td>
            <td>
              <StatusChip status={d.status} label={d.statusLabel} /> {d.overdue && <OverdueBadge />}
            </td>
            <td>{formatDateTime(d.submittedAt)}</td>
            <td>{formatDate(d.dueAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
