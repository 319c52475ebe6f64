import { BottomNavigation, useLocation, useNavigate } from "zmp-ui";
import { LineIcon } from "./LineIcon.tsx";
import { defineMessages, useMessages } from "../i18n/i18n.tsx";
import { paths } from "../routes/paths.ts";

const messages = defineMessages({
  // Five tabs share 360px: one or two short words each ("Hồ sơ của tôi" is the screen's title).
  vi: { home: "Trang chủ", search: "Thủ tục", dossiers: "Hồ sơ", lookup: "Tra cứu", settings: "Cài đặt" },
  en: { home: "Home", search: "Procedures", dossiers: "Dossiers", lookup: "Look up", settings: "Settings" },
});

const tabs = [
  { key: paths.home, label: "home", icon: "home" },
  { key: paths.search, label: "search", icon: "procedures" },
  { key: paths.myDossiers, label: "dossiers", icon: "folder" },
  { key: paths.lookup, label: "lookup", icon: "lookup" },
  { key: paths.settings, label: "settings", icon: "settings" },
] as const;

/** Shown on the top-level screens only; the wizard and detail pages keep the whole height. */
export function BottomNav() {
  const t = useMessages(messages);
  const { pathname } = useLocation();
  const navigate = useNavigate();
  if (!tabs.some((tab) => tab.key === pathname)) return null;
  return (
    <BottomNavigation fixed activeKey={pathname} onChange={(key: string) => navigate(key, { animate: false })}>
      {tabs.map((tab) => (
        <BottomNavigation.Item key={tab.key} label={t(tab.label)} icon={<LineIcon name={tab.icon} className="bottom-nav__icon" />} />
      ))}
    </BottomNavigation>
  );
}
