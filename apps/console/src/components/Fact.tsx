import type { ReactNode } from "react";

/** One label/value pair of a record's facts (inside `<dl className="facts">`). */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
