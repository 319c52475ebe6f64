import "./catalog.css";
import type { FormEvent, InputHTMLAttributes, ReactNode, Ref } from "react";

/**
 * The catalog's search box: a labelled search field with its buttons beside it (under it once large
 * text leaves no room) and, below, whatever the screen adds.
 */
export function SearchForm({
  inputId,
  label,
  placeholder,
  text,
  onText,
  onSubmit,
  className,
  inputRef,
  inputProps,
  buttons,
  children,
}: {
  inputId: string;
  label: string;
  placeholder: string;
  text: string;
  onText: (text: string) => void;
  onSubmit: (event: FormEvent) => void;
  /** Added to `search-box`. */
  className?: string;
  inputRef?: Ref<HTMLInputElement>;
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
  buttons: ReactNode;
  children?: ReactNode;
}) {
  return (
    <form role="search" className={className ? `search-box ${className}` : "search-box"} onSubmit={onSubmit}>
      <label htmlFor={inputId} className="catalog-field__label">
        {label}
      </label>
      <div className="search-box__row">
        <input
          id={inputId}
          ref={inputRef}
          className="field__control"
          type="search"
          enterKeyHint="search"
          autoComplete="off"
          placeholder={placeholder}
          value={text}
          onChange={(event) => onText(event.target.value)}
          {...inputProps}
        />
        {buttons}
      </div>
      {children}
    </form>
  );
}
