export type SortDirection = "ascending" | "descending";

export interface SortState<C extends string> {
  column: C;
  direction: SortDirection;
}

type Sortable = string | number | null;

/**
 * The rows ordered by one column, in Vietnamese alphabetical order for text. A figure that cannot
 * be computed (null: nothing rated, nothing answered) goes last either way, and ties keep the
 * rows' names in order, so a click never hides an empty row among the worst ones.
 */
export function sortRows<R extends { name: string } & Record<C, Sortable>, C extends string>(rows: readonly R[], sort: SortState<C>): R[] {
  const sign = sort.direction === "ascending" ? 1 : -1;
  const byName = (a: R, b: R) => a.name.localeCompare(b.name, "vi");
  return [...rows].sort((a, b) => {
    const x = a[sort.column];
    const y = b[sort.column];
    if (x === y) return byName(a, b);
    if (x === null) return 1;
    if (y === null) return -1;
    const order = typeof x === "string" && typeof y === "string" ? x.localeCompare(y, "vi") : Number(x) - Number(y);
    return order === 0 ? byName(a, b) : sign * order;
  });
}

/** A click on a column header: the same column flips; another starts with names A→Z, figures highest first. */
export function nextSort<C extends string>(current: SortState<C>, column: C, textColumn: C): SortState<C> {
  if (current.column === column) return { column, direction: current.direction === "ascending" ? "descending" : "ascending" };
  return { column, direction: column === textColumn ? "ascending" : "descending" };
}
