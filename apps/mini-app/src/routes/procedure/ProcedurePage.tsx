import { AppPage } from "../../components/AppPage.tsx";

export default function ProcedurePage() {
  return <AppPage title="ProcedurePage">{null}</AppPage>;
}
