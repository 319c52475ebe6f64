import { useId } from "react";
import type { Requirement } from "@motcua/contracts";
import type { ResultDocumentDraft, SupplementItemDraft } from "./action-specs.ts";

type ErrorOf = (field: string) => string | undefined;

function FieldError({ message, id }: { message: string | undefined; id: string }) {
  return message ? (
    <span className="field-error" id={id}>
      {message}
    </span>
  ) : null;
}

interface SupplementItemsProps {
  items: SupplementItemDraft[];
  requirements: readonly Requirement[];
  onChange: (items: SupplementItemDraft[]) => void;
  errorOf: ErrorOf;
}

/** What is missing, one line per document; a line may name a listed requirement or stand alone. */
export function SupplementItems({ items, requirements, onChange, errorOf }: SupplementItemsProps) {
  const update = (i: number, patch: Partial<SupplementItemDraft>) => onChange(items.map((item, j) => (j === i ? { ...item, ...patch } : item)));
  const id = useId();
  return (
    <fieldset className="list-input">
      <legend>Giấy tờ cần bổ sung</legend>
      {items.map((item, i) => (
        <div className="list-row" key={i}>
          <div className="field">
            <label htmlFor={`${id}-req-${i}`}>Giấy tờ {i + 1}</label>
            <select id={`${id}-req-${i}`} value={item.requirementId} onChange={(e) => update(i, { requirementId: e.target.value })}>
              <option value="">— Giấy tờ khác —</option>
              {requirements.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field field-grow">
            <label htmlFor={`${id}-note-${i}`}>Nội dung cần bổ sung {i + 1}</label>
            <input
              id={`${id}-note-${i}`}
              required
              minLength={2}
              value={item.note}
              onChange={(e) => update(i, { note: e.target.value })}
              aria-invalid={errorOf(`items.${i}.note`) ? true : undefined}
              aria-describedby={`${id}-note-${i}-error`}
            />
            <FieldError message={errorOf(`items.${i}.note`)} id={`${id}-note-${i}-error`} />
          </div>
          {items.length > 1 && (
            <button type="button" className="button button-small" onClick={() => onChange(items.filter((_, j) => j !== i))} aria-label={`Xóa giấy tờ ${i + 1}`}>
              Xóa
            </button>
          )}
        </div>
      ))}
      {items.length < 20 && (
        <button type="button" className="button button-small" onClick={() => onChange([...items, { requirementId: "", note: "" }])}>
          + Thêm giấy tờ
        </button>
      )}
    </fieldset>
  );
}

interface ResultDocumentsProps {
  documents: ResultDocumentDraft[];
  onChange: (documents: ResultDocumentDraft[]) => void;
  errorOf: ErrorOf;
}

/** The papers handed back to the citizen: name, and the number and date they bear when they have one. */
export function ResultDocuments({ documents, onChange, errorOf }: ResultDocumentsProps) {
  const update = (i: number, patch: Partial<ResultDocumentDraft>) => onChange(documents.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const id = useId();
  return (
    <fieldset className="list-input">
      <legend>Văn bản kết quả</legend>
      {documents.map((doc, i) => (
        <div className="list-row" key={i}>
          <div className="field field-grow">
            <label htmlFor={`${id}-name-${i}`}>Tên văn bản {i + 1}</label>
            <input
              id={`${id}-name-${i}`}
              required
              minLength={2}
              value={doc.name}
              onChange={(e) => update(i, { name: e.target.value })}
              aria-invalid={errorOf(`documents.${i}.name`) ? true : undefined}
              aria-describedby={`${id}-name-${i}-error`}
            />
            <FieldError message={errorOf(`documents.${i}.name`)} id={`${id}-name-${i}-error`} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-number-${i}`}>Số văn bản {i + 1}</label>
            <input id={`${id}-number-${i}`} value={doc.number} onChange={(e) => update(i, { number: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-date-${i}`}>Ngày ký {i + 1}</label>
            <input id={`${id}-date-${i}`} type="date" value={doc.issuedAt} onChange={(e) => update(i, { issuedAt: e.target.value })} />
          </div>
          {documents.length > 1 && (
            <button type="button" className="button button-small" onClick={() => onChange(documents.filter((_, j) => j !== i))} aria-label={`Xóa văn bản ${i + 1}`}>
              Xóa
            </button>
          )}
        </div>
      ))}
      {documents.length < 20 && (
        <button type="button" className="button button-small" onClick={() => onChange([...documents, { name: "", number: "", issuedAt: "" }])}>
          + Thêm văn bản
        </button>
      )}
    </fieldset>
  );
}
