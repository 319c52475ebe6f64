import { AppPage } from "../../components/AppPage.tsx";

export default function DossierPage() {
  return <AppPage title="DossierPage">{null}</AppPage>;
}
