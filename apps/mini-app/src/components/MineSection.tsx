import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { QueryGate } from "./QueryGate.tsx";
import { TitledSection } from "./TitledSection.tsx";

/** A hub's list of what the citizen sent, under its heading: a row each, or a line saying there is none yet. */
export function MineSection<Item, Failure>({
  id,
  title,
  empty,
  query,
  row,
}: {
  /** The heading's id. */
  id: string;
  title: string;
  empty: string;
  query: UseQueryResult<{ items: readonly Item[] }, Failure>;
  /** One keyed `voice-row`. */
  row: (item: Item) => ReactNode;
}) {
  return (
    <TitledSection id={id} title={title} titleClassName="voice-heading">
      <QueryGate query={query}>{({ items }) => (items.length === 0 ? <p className="card">{empty}</p> : <ul className="voice-list">{items.map(row)}</ul>)}</QueryGate>
    </TitledSection>
  );
}
