interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

export function Pagination({ page, pageSize, total, onPage }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label="Phân trang">
      <span>
        {first}–{last} / {total} hồ sơ
      </span>
      <button type="button" className="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>
        ‹ Trang trước
      </button>
      <span aria-current="page">
        Trang {page}/{pages}
      </span>
      <button type="button" className="button" onClick={() => onPage(page + 1)} disabled={page >= pages}>
        Trang sau ›
      </button>
    </nav>
  );
}
