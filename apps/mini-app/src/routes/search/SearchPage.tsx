import { AppPage } from "../../components/AppPage.tsx";

export default function SearchPage() {
  return <AppPage title="SearchPage">{null}</AppPage>;
}
