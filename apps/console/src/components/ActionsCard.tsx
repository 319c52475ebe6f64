import type { ReactNode } from "react";

export type ActionTone = "primary" | "danger" | "plain";

const buttonClass: Record<ActionTone, string> = {
  primary: "button button-primary",
  danger: "button button-danger-outline",
  plain: "button",
};

/** The steps card ("Xử lý" unless `title` says otherwise): a button for each step the BFF allows now, or a line saying none is left; `lead` goes above them and `children` under them. */
export function ActionsCard<A extends string>({
  id,
  title = "Xử lý",
  actions,
  noneLeft,
  toneOf,
  labelOf,
  onPick,
  lead,
  children,
}: {
  /** The heading's id. */
  id: string;
  title?: string;
  actions: readonly A[];
  noneLeft: string;
  toneOf: (action: A) => ActionTone;
  labelOf: (action: A) => string;
  onPick: (action: A) => void;
  lead?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {lead}
      {actions.length === 0 ? (
        <p className="muted">{noneLeft}</p>
      ) : (
        <div className="action-buttons">
          {actions.map((action) => (
            <button key={action} type="button" className={buttonClass[toneOf(action)]} onClick={() => onPick(action)}>
              {labelOf(action)}
            </button>
          ))}
        </div>
      )}
      {children}
    </section>
  );
}
