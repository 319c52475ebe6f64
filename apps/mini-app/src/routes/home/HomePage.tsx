import "../../components/catalog/catalog.css";
import "./home.css";
import { AppPage } from "../../components/AppPage.tsx";
import { useMessages } from "../../i18n/i18n.tsx";
import { AgencyList } from "./AgencyList.tsx";
import { CenterInfo } from "./CenterInfo.tsx";
import { HomeSearch } from "./HomeSearch.tsx";
import { messages } from "./messages.ts";
import { PopularProcedures } from "./PopularProcedures.tsx";
import { QuickActions } from "./QuickActions.tsx";

/**
 * The first screen, measured on 3G: everything but the agency list and the center's record is
 * drawn from this bundle, so the citizen can search or pick an action before any data arrives.
 */
export default function HomePage() {
  const t = useMessages(messages);
  return (
    <AppPage title={t("title")} root className="catalog-screen home-page">
      <p className="home-intro">{t("intro")}</p>
      <HomeSearch />
      <QuickActions />
      <PopularProcedures />
      <CenterInfo />
      <AgencyList />
    </AppPage>
  );
}
