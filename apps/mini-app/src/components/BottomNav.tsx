import { BottomNavigation, Icon, useLocation, useNavigate } from "zmp-ui";
import { defineMessages, useMessages } from "../i18n/i18n.tsx";
import { paths } from "../routes/paths.ts";

const messages = defineMessages({
  vi: { home: "Trang chủ", search: "Thủ tục", dossiers: "Hồ sơ của tôi", lookup: "Tra cứu", settings: "Cài đặt" },
  en: { home: "Home", search: "Procedures", dossiers: "My dossiers", lookup: "Look up", settings: "Settings" },
});

const tabs = [
  { key: paths.home, label: "home", icon: "zi-home" },
  { key: paths.search, label: "search", icon: "zi-search" },
  { key: paths.myDossiers, label: "dossiers", icon: "zi-note" },
  { key: paths.lookup, label: "lookup", icon: "zi-qrline" },
  { key: paths.settings, label: "settings", icon: "zi-setting" },
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
        <BottomNavigation.Item key={tab.key} label={t(tab.label)} icon={<Icon icon={tab.icon} />} />
      ))}
    </BottomNavigation>
  );
}
