import "./catalog.css";
import { useMessages } from "../../i18n/i18n.tsx";
import { catalogMessages } from "./messages.ts";

/** Grey placeholder lines where content is coming, so the layout does not jump when it arrives. */
export function SkeletonRows({ rows = 3, lines = 2 }: { rows?: number; lines?: number }) {
  const t = useMessages(catalogMessages);
  return (
    <div className="catalog-skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{t("loading")}</span>
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} className="catalog-skeleton__row" aria-hidden="true">
          {Array.from({ length: lines }, (_, line) => (
            <span key={line} className={`catalog-skeleton__line catalog-skeleton__line--${line === 0 ? "wide" : "narrow"}`} />
          ))}
        </div>
      ))}
    </div>
  );
}
