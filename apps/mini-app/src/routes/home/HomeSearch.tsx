import { useState, type FormEvent } from "react";
import { useNavigate } from "zmp-ui";
import { SearchForm } from "../../components/catalog/SearchForm.tsx";
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
    <SearchForm
      inputId="home-search-input"
      label={t("searchLabel")}
      placeholder={t("searchPlaceholder")}
      text={text}
      onText={setText}
      onSubmit={submit}
      className="search-box--home"
      inputProps={{ onFocus: preloadSearch }}
      buttons={
        <button type="submit" className="action-button action-button--primary">
          {t("searchButton")}
        </button>
      }
    />
  );
}
