import { useState, type FormEvent } from "react";
import { useNavigate } from "zmp-ui";
import { useMessages } from "../../i18n/i18n.tsx";
import { searchPath } from "../search/search-params.ts";
import { messages } from "./messages.ts";

/** Starts fetching the search screen's code while the citizen is still typing. */
const preloadSearch = () => void import("../search/SearchPage.tsx");

/**
 * The search box. It goes to the search screen when the citizen submits (keyboard "search" key or
 * the button), not on every pause: switching screens under a slow typist's finger would drop the
 * keyboard and the letters typed during the switch.
 */
export function HomeSearch() {
  const t = useMessages(messages);
  const navigate = useNavigate();
  const [text, setText] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(searchPath({ q: text.trim() }));
  };
  return (
    <form role="search" className="home-search" onSubmit={submit}>
      <label htmlFor="home-search-input" className="field__label">
        {t("searchLabel")}
      </label>
      <div className="home-search__row">
        <input
          id="home-search-input"
          className="field__control"
          type="search"
          enterKeyHint="search"
          autoComplete="off"
          placeholder={t("searchPlaceholder")}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onFocus={preloadSearch}
        />
        <button type="submit" className="action-button action-button--primary">
          {t("searchButton")}
        </button>
      </div>
    </form>
  );
}
