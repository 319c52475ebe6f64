import { AppLink } from "../../components/catalog/AppLink.tsx";
import { useMessages } from "../../i18n/i18n.tsx";
import { paths } from "../paths.ts";
import { messages } from "./messages.ts";
import { popularProcedures } from "./popular.ts";

export function PopularProcedures() {
  const t = useMessages(messages);
  return (
    <section aria-labelledby="home-popular-title">
      <h2 id="home-popular-title" className="section-title">
        {t("popularTitle")}
      </h2>
      <ul className="home-links">
        {popularProcedures.map((procedure) => (
          <li key={procedure.code}>
            <AppLink className="home-link" to={paths.procedure(procedure.code)}>
              {t(procedure.label)}
            </AppLink>
          </li>
        ))}
        <li>
          <AppLink className="home-link home-link--more" to={paths.search}>
            {t("browseAll")}
          </AppLink>
        </li>
      </ul>
    </section>
  );
}
