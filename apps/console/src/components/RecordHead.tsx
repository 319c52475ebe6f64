import type { ReactNode } from "react";

/** The top of a record screen: the way back to its list, the record's code as the page heading, a line on what it is, and its status. */
export function RecordHead({ backHref, backLabel, titleId, code, summary, status }: { backHref: string; backLabel: string; titleId: string; code: string; summary: ReactNode; status: ReactNode }) {
  return (
    <>
      <a className="back-link" href={backHref}>
        {`← ${backLabel}`}
      </a>
      <div className="screen-head">
        <div>
          <h1 id={titleId} className="code">
            {code}
          </h1>
          <p className="muted">{summary}</p>
        </div>
        <div className="status-line">{status}</div>
      </div>
    </>
  );
}
