import type { ReactNode } from "react";
import { Header, Page } from "zmp-ui";

/**
 * A screen: Zalo's action bar is hidden (app-config), so each page draws zmp-ui's Header. The root
 * screens have no back button; the rest go back in history.
 */
export function AppPage({ title, children, root = false, className }: { title: string; children: ReactNode; root?: boolean; className?: string }) {
  return (
    <Page className={`app-page ${className ?? ""}`}>
      <Header title={title} showBackIcon={!root} />
      <main className="app-page__content">{children}</main>
    </Page>
  );
}
