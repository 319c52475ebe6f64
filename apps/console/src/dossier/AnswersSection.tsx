import type { Address, FormField, ProcedureDetail } from "@motcua/contracts";
import { Fact } from "../components/Fact.tsx";
import { formatLocalDay, formatNumber } from "../lib/format.ts";
import { useAddressText } from "../lib/places.ts";

const isAddress = (v: unknown): v is Address =>
  typeof v === "object" && v !== null && typeof (v as Address).street === "string" && typeof (v as Address).wardCode === "string";

function AddressValue({ address }: { address: Address }) {
  return <>{useAddressText(address)}</>;
}

function Value({ value, field }: { value: unknown; field: FormField | undefined }) {
  if (value === null || value === undefined || value === "") return <span className="muted">(để trống)</span>;
  if (typeof value === "boolean") return <>{value ? "Có" : "Không"}</>;
  if (typeof value === "number") return <>{formatNumber(value)}</>;
  if (typeof value === "string") {
    const option = field?.options?.find((o) => o.value === value);
    if (option) return <>{option.label}</>;
    if (field?.type === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return <>{formatLocalDay(value)}</>;
    return <span className="preserve-lines">{value}</span>;
  }
  if (isAddress(value)) return <AddressValue address={value} />;
  if (Array.isArray(value)) return <>{value.map(String).join(", ")}</>;
  return <code>{JSON.stringify(value)}</code>;
}

/** The online form as the citizen filled it, labelled from the procedure's current form when it loads. */
export function AnswersSection({ answers, procedure }: { answers: Record<string, unknown>; procedure: ProcedureDetail | undefined }) {
  const fields = procedure?.form.fields ?? [];
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const keys = [...fields.map((f) => f.key).filter((k) => k in answers), ...Object.keys(answers).filter((k) => !byKey.has(k))];
  return (
    <section className="card" aria-labelledby="answers-title">
      <h2 id="answers-title">Nội dung kê khai</h2>
      {keys.length === 0 ? (
        <p className="muted">Không có nội dung kê khai.</p>
      ) : (
        <dl className="facts">
          {keys.map((key) => (
            <Fact key={key} label={byKey.get(key)?.label ?? key}>
              <Value value={answers[key]} field={byKey.get(key)} />
            </Fact>
          ))}
        </dl>
      )}
    </section>
  );
}
