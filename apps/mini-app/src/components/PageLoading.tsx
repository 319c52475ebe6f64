import { Box, Spinner } from "zmp-ui";
import { useMessages } from "../i18n/i18n.tsx";
import { commonMessages } from "./messages.ts";

export function PageLoading() {
  const t = useMessages(commonMessages);
  return (
    <Box className="page-loading" role="status" aria-live="polite" flex justifyContent="center" alignItems="center" p={6}>
      <Spinner visible />
      <span className="visually-hidden">{t("loading")}</span>
    </Box>
  );
}
