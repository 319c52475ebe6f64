import { AppPage } from "../../components/AppPage.tsx";

export default function HomePage() {
  return <AppPage title="HomePage">{null}</AppPage>;
}
