import { AppPage } from "../../components/AppPage.tsx";

export default function LookupPage() {
  return <AppPage title="LookupPage">{null}</AppPage>;
}
