import type { ReactNode } from "react";

/** A section named by its visible heading, so a screen reader announces the section by that name. */
export function TitledSection({
  id,
  title,
  className,
  titleClassName,
  children,
}: {
  /** The heading's id. */
  id: string;
  title: ReactNode;
  className?: string;
  titleClassName?: string;
  children: ReactNode;
}) {
  return (
    <section className={className} aria-labelledby={id}>
      <h2 id={id} className={titleClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
