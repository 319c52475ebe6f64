import "./zod-csp.ts";
import "zmp-ui/zaui.css";
import "./styles.css";
import { createRoot } from "react-dom/client";
import appConfig from "../app-config.json";
import { createQueryClient } from "./api/query-client.ts";
import { MotcuaApp } from "./app.tsx";
import { closeLoading, prepareStorage } from "./platform/zalo.ts";

window.APP_CONFIG ??= appConfig;

// Storage must know whether nativeStorage works before screens read drafts or the session.
void prepareStorage().finally(() => {
  createRoot(document.getElementById("app")!).render(<MotcuaApp queryClient={createQueryClient()} />);
  void closeLoading();
});
