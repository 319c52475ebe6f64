import "../../components/catalog/catalog.css";
import "./settings.css";
import { AppPage } from "../../components/AppPage.tsx";
import { useMessages } from "../../i18n/i18n.tsx";
import { ConsentRecord } from "./ConsentRecord.tsx";
import { LanguageSetting } from "./LanguageSetting.tsx";
import { messages } from "./messages.ts";
import { NotificationSetting } from "./NotificationSetting.tsx";
import { PrivacyNotice } from "./PrivacyNotice.tsx";
import { TextSizeSetting } from "./TextSizeSetting.tsx";

export default function SettingsPage() {
  const t = useMessages(messages);
  return (
    <AppPage title={t("title")} root className="catalog-screen settings-page">
      <LanguageSetting />
      <TextSizeSetting />
      <NotificationSetting />
      <PrivacyNotice />
      <ConsentRecord />
    </AppPage>
  );
}
