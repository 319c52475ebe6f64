import { AppPage } from "../../components/AppPage.tsx";

export default function FilingPage() {
  return <AppPage title="FilingPage">{null}</AppPage>;
}
