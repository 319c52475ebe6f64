import { AppPage } from "../../components/AppPage.tsx";

export default function SettingsPage() {
  return <AppPage title="SettingsPage">{null}</AppPage>;
}
