import {
  serviceRequestKindLabel,
  serviceRequestKinds,
  serviceRequestStatuses,
  serviceRequestStatusLabel,
  type DeskServiceRequestSummary,
  type ServiceRequestKind,
  type ServiceRequestStatus,
} from "@motcua/contracts";
import { ErrorAlert } from "../components/Alert.tsx";
import { Pagination } from "../components/Pagination.tsx";
import { formatDateTime, formatMoney } from "../lib/format.ts";
import { useLoad } from "../lib/hooks.ts";
import { href, navigate } from "../lib/router.ts";
import { listServiceRequests, type ServiceRequestsQuery } from "./service-requests-api.ts";
import { serviceTone, subjectOf } from "./service-labels.ts";
import type { ServiceRequestsRoute } from "./service-routes.ts";

const PAGE_SIZE = 20;

export function ServiceChip({ status }: { status: ServiceRequestStatus }) {
  return <span className={`chip chip-${serviceTone[status]}`}>{serviceRequestStatusLabel[status].vi}</span>;
}

/** The center's consulting and translation requests: open ones first, first come first served. */
export function ServiceRequestList({ route }: { route: ServiceRequestsRoute }) {
  const query: ServiceRequestsQuery = {
    page: route.page,
    pageSize: PAGE_SIZE,
    ...(route.kind ? { kind: route.kind } : {}),
    ...(route.status ? { status: route.status } : {}),
  };
  const list = useLoad(JSON.stringify(query), (signal) => listServiceRequests(query, signal));

  /** A filter change starts again at page 1; an emptied filter leaves the address. */
  const setFilter = (patch: Partial<Pick<ServiceRequestsRoute, "kind" | "status">>) => {
    const next: ServiceRequestsRoute = { ...route, ...patch, page: 1 };
    if (!next.kind) delete next.kind;
    if (!next.status) delete next.status;
    navigate(next, { replace: true });
  };

  return (
    <section aria-labelledby="service-requests-title">
      <div className="screen-head">
        <h1 id="service-requests-title">Tư vấn, dịch thuật</h1>
        <button type="button" className="button" onClick={list.reload} disabled={list.loading}>
          Làm mới
        </button>
      </div>
      <div className="filters" role="search">
        <label className="field">
          <span>Dịch vụ</span>
          <select value={route.kind ?? ""} onChange={(e) => setFilter({ kind: (e.target.value || undefined) as ServiceRequestKind | undefined })}>
            <option value="">Tất cả dịch vụ</option>
            {serviceRequestKinds.map((k) => (
              <option key={k} value={k}>
                {serviceRequestKindLabel[k].vi}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Trạng thái</span>
          <select value={route.status ?? ""} onChange={(e) => setFilter({ status: (e.target.value || undefined) as ServiceRequestStatus | undefined })}>
            <option value="">Tất cả trạng thái</option>
            {serviceRequestStatuses.map((s) => (
              <option key={s} value={s}>
                {serviceRequestStatusLabel[s].vi}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorAlert error={list.error} />
      {list.data && <RequestTable items={list.data.items} busy={list.loading} />}
      {list.data && <Pagination page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onPage={(page) => navigate({ ...route, page })} />}
    </section>
  );
}

function RequestTable({ items, busy }: { items: DeskServiceRequestSummary[]; busy: boolean }) {
  if (items.length === 0) return <p className="empty">Không có yêu cầu nào phù hợp.</p>;
  return (
    <table className="table" aria-busy={busy}>
      <thead>
        <tr>
          <th scope="col">Mã</th>
          <th scope="col">Dịch vụ</th>
          <th scope="col">Nội dung</th>
          <th scope="col">Người liên hệ</th>
          <th scope="col">Trạng thái</th>
          <th scope="col">Gửi lúc</th>
        </tr>
      </thead>
      <tbody>
        {items.map((r) => (
          <tr key={r.id} className={r.status === "SUBMITTED" ? "row-new" : undefined}>
            <td>
              <a href={href({ name: "serviceRequest", code: r.code })} className="code">
                {r.code}
              </a>
            </td>
            <td>{serviceRequestKindLabel[r.kind].vi}</td>
            <td>
              {subjectOf(r)}
              {r.quoteTotalVnd !== null && <div className="muted small">Báo giá: {formatMoney(r.quoteTotalVnd)}</div>}
            </td>
            <td>{r.contactName}</td>
            <td>
              <ServiceChip status={r.status} />
            </td>
            <td>{formatDateTime(r.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
