import { AppLink } from "../../components/catalog/AppLink.tsx";
import { TitledSection } from "../../components/TitledSection.tsx";
import { useMessages } from "../../i18n/i18n.tsx";
import { paths } from "../paths.ts";
import { messages } from "./messages.ts";
import { popularProcedures } from "./popular.ts";

export function PopularProcedures() {
  const t = useMessages(messages);
  return (
    <TitledSection id="home-popular-title" title={t("popularTitle")} titleClassName="section-title">
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
    </TitledSection>
  );
}
