import { AppPage } from "../../components/AppPage.tsx";

export default function MyDossiersPage() {
  return <AppPage title="MyDossiersPage">{null}</AppPage>;
}
