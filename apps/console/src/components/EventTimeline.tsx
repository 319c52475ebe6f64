import { formatDateTime } from "../lib/format.ts";

export interface TimelineEntry {
  at: string;
  actorType: string;
  action: string;
  note: string | null;
}

/** "Lịch sử xử lý" of a record: each step, when (and where, if `placeOf` says), and its note; the citizen's own steps stand out. */
export function EventTimeline<E extends TimelineEntry>({ id, events, nameOf, placeOf }: { id: string; events: readonly E[]; nameOf: (action: string) => string; placeOf?: (event: E) => string }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>Lịch sử xử lý</h2>
      <ol className="timeline">
        {events.map((e, i) => (
          <li key={i} className={e.actorType === "citizen" ? "timeline-item timeline-citizen" : "timeline-item"}>
            <div className="timeline-head">
              <strong>{nameOf(e.action)}</strong>
              <span className="muted small">
                {formatDateTime(e.at)}
                {placeOf && ` · ${placeOf(e)}`}
              </span>
            </div>
            {e.note && <p className="preserve-lines">{e.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
