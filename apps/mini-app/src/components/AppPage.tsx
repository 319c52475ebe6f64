import type { ReactNode } from "react";
import { Header, Page } from "zmp-ui";
import { useMessages } from "../i18n/i18n.tsx";
import { LineIcon } from "./LineIcon.tsx";
import { commonMessages } from "./messages.ts";

/**
 * A screen: Zalo's action bar is hidden (app-config), so each page draws zmp-ui's Header. The root
 * screens have no back button; the rest go back in history. The back arrow is our own drawing:
 * zmp-ui's comes from an icon font that may not load.
 */
export function AppPage({ title, children, root = false, className }: { title: string; children: ReactNode; root?: boolean; className?: string }) {
  const t = useMessages(commonMessages);
  return (
    <Page className={`app-page ${className ?? ""}`}>
      <Header
        title={title}
        showBackIcon={!root}
        backIcon={
          <span className="app-page__back" role="img" aria-label={t("back")}>
            <LineIcon name="back" />
          </span>
        }
      />
      <main className="app-page__content">{children}</main>
    </Page>
  );
}
