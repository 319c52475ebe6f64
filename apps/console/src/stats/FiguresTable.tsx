import { useState } from "react";
import type { FigureColumn } from "./columns.ts";
import { nextSort, sortRows, type SortState } from "./sort.ts";

interface Props<F> {
  caption: string;
  /** "Cơ quan" or "Thủ tục". */
  nameLabel: string;
  rows: readonly (F & { key: string; name: string })[];
  total: F;
  columns: readonly FigureColumn<F>[];
  /** Given, each row's name is a button that opens the row (an agency's procedures). */
  onOpen?: (row: F & { key: string; name: string }) => void;
  openHint?: string;
}

/** Figures per agency or procedure with the period's total; every column sorts from its header. */
export function FiguresTable<F extends Record<string, string | number | null>>({ caption, nameLabel, rows, total, columns, onOpen, openHint }: Props<F>) {
  type Column = (keyof F & string) | "name";
  const [sort, setSort] = useState<SortState<Column>>({ column: "name", direction: "ascending" });
  const header = (id: Column, label: string) => (
    <th key={id} scope="col" aria-sort={sort.column === id ? sort.direction : "none"}>
      <button type="button" className="sort-button" onClick={() => setSort(nextSort(sort, id, "name"))}>
        {label}
        <span aria-hidden="true">{sort.column !== id ? " ↕" : sort.direction === "ascending" ? " ▲" : " ▼"}</span>
      </button>
    </th>
  );

  return (
    <table className="table figures">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {header("name", nameLabel)}
          {columns.map((c) => header(c.id, c.label))}
        </tr>
      </thead>
      <tbody>
        {sortRows(rows, sort).map((row) => (
          <tr key={row.key}>
            <th scope="row">
              {onOpen ? (
                <button type="button" className="link-button" title={openHint} onClick={() => onOpen(row)}>
                  {row.name}
                </button>
              ) : (
                row.name
              )}
            </th>
            {columns.map((c) => (
              <td key={c.id} className={c.alarm?.(row) ? "text-danger" : undefined}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Tổng cộng</th>
          {columns.map((c) => (
            <td key={c.id}>{c.cell(total)}</td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
