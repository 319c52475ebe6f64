import type { ReactNode } from "react";

/** One label/value pair of a record's facts (inside `<dl className="facts">`). */
export function FactRow({ label, valueClassName, children }: { label: string; valueClassName?: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd className={valueClassName}>{children}</dd>
    </div>
  );
}
