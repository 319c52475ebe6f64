import "./dossier.css";
import { useLanguage, useMessages } from "../../i18n/i18n.tsx";
import { formatDay, formatDayTime } from "./format.ts";
import { dossierMessages } from "./messages.ts";

export interface TimelineItem {
  key: string;
  /** When it happened; for an upcoming step, when it is expected (shown as a day), or null. */
  at: string | null;
  label: string;
  note?: string | null;
  /** A step still to come, such as the appointment date. */
  upcoming?: boolean;
}

/**
 * What happened to a dossier, oldest first, read top to bottom like a story; the latest step is
 * marked as where things stand, and upcoming steps follow it in a lighter style.
 */
export function Timeline({ items, title }: { items: TimelineItem[]; title: string }) {
  const language = useLanguage();
  const t = useMessages(dossierMessages);
  // Not findLastIndex: older Android webviews lack it, and the build does not polyfill methods.
  const latest = items.reduce((found, item, index) => (item.upcoming ? found : index), -1);
  return (
    <div className="timeline">
      <ol className="timeline__list" aria-label={title}>
        {items.map((item, index) => {
          const current = index === latest;
          const state = item.upcoming ? "upcoming" : current ? "current" : "done";
          return (
            <li key={item.key} className={`timeline__item timeline__item--${state}`} aria-current={current ? "step" : undefined}>
              <span className="timeline__marker" aria-hidden="true" />
              <div className="timeline__body">
                <p className="timeline__label">
                  {item.label}
                  {current && (
                    <>
                      {" "}
                      <span className="timeline__now">{t("timelineLatest")}</span>
                    </>
                  )}
                  {item.upcoming && <span className="visually-hidden"> ({t("timelineUpcoming")})</span>}
                </p>
                {item.at && (
                  <p className="timeline__time">
                    {item.upcoming ? t("timelineExpected", { date: formatDay(item.at, language) }) : formatDayTime(item.at, language)}
                  </p>
                )}
                {item.note && (
                  <p className="timeline__note">
                    <span className="timeline__note-label">{t("timelineNote")}</span> {item.note}
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
