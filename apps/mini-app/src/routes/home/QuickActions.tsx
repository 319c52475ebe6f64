import { AppLink } from "../../components/catalog/AppLink.tsx";
import { useMessages } from "../../i18n/i18n.tsx";
import { paths } from "../paths.ts";
import { searchPath } from "../search/search-params.ts";
import { LineIcon, type LineIconName } from "../../components/LineIcon.tsx";
import { TitledSection } from "../../components/TitledSection.tsx";
import { messages, type HomeKey } from "./messages.ts";

const actions: ReadonlyArray<{ to: string; icon: LineIconName; label: HomeKey; hint: HomeKey }> = [
  { to: searchPath({ online: "true" }), icon: "file", label: "actionFile", hint: "actionFileHint" },
  { to: paths.lookup, icon: "lookup", label: "actionLookup", hint: "actionLookupHint" },
  { to: paths.myDossiers, icon: "folder", label: "actionMine", hint: "actionMineHint" },
  { to: paths.feedback, icon: "feedback", label: "actionFeedback", hint: "actionFeedbackHint" },
  { to: paths.appointments, icon: "calendar", label: "actionBook", hint: "actionBookHint" },
  { to: paths.services, icon: "support", label: "actionServices", hint: "actionServicesHint" },
];

export function QuickActions() {
  const t = useMessages(messages);
  return (
    <TitledSection id="home-actions-title" title={t("actionsTitle")} titleClassName="section-title">
      <ul className="home-actions">
        {actions.map((action) => (
          <li key={action.label}>
            <AppLink className="home-action" to={action.to}>
              <LineIcon name={action.icon} className="home-action__icon" />
              <span className="home-action__label">{t(action.label)}</span>
              <span className="home-action__hint">{t(action.hint)}</span>
            </AppLink>
          </li>
        ))}
      </ul>
    </TitledSection>
  );
}
