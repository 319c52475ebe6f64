import { ApiError } from "@motcua/contracts";
import { Box, Button, Text } from "zmp-ui";
import { useMessages, type Translate } from "../i18n/i18n.tsx";
import { commonMessages } from "./messages.ts";

type CommonKey = keyof typeof commonMessages.vi;

/** What to tell the citizen about a failure: a title and a sentence that says what to do next. */
export function describeError(error: unknown, t: Translate<CommonKey>): { title: string; detail: string } {
  if (!(error instanceof ApiError)) return { title: t("genericTitle"), detail: t("genericDetail") };
  if (error.code === "NETWORK") return { title: t("networkTitle"), detail: t("networkDetail") };
  if (error.status === 429) return { title: t("rateLimitedTitle"), detail: t("rateLimitedDetail", { seconds: error.retryAfter ?? 60 }) };
  if (error.status >= 500) return { title: t("busyTitle"), detail: t("busyDetail") };
  if (error.status === 404) return { title: t("notFoundTitle"), detail: error.detail ?? error.title };
  if (error.status === 401) return { title: t("signInTitle"), detail: error.detail ?? error.title };
  return { title: error.title, detail: error.detail ?? t("genericDetail") };
}

/** A failure in place of the content it stopped, with a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useMessages(commonMessages);
  const { title, detail } = describeError(error, t);
  return (
    <Box className="error-state" role="alert" p={4}>
      <Text.Title size="small">{title}</Text.Title>
      <Text className="error-state__detail">{detail}</Text>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry} className="touch-target">
          {t("retry")}
        </Button>
      )}
    </Box>
  );
}
