import type { Config } from "../../config.ts";
import type { Db } from "../../db/client.ts";
import { createMiniAppNotifier, createZnsClient } from "../../integrations/zalo/notification-client.ts";
import type { Logger } from "../../logger.ts";
import { createNotificationSender } from "./notification-sender.ts";
import { createOutboxWorker, type OutboxWorker } from "./outbox-worker.ts";

/**
 * The outbox worker for whichever channels are configured; undefined with none, so local runs keep
 * their notices pending instead of marking them skipped.
 */
export function createNotifications(config: Config, db: Db, logger: Logger): OutboxWorker | undefined {
  const miniAppId = config.ZALO_MINIAPP_ID;
  if (!miniAppId || (!config.ZALO_NOTIFY_API_KEY && !config.ZNS_ACCESS_TOKEN)) return undefined;
  const timeoutMs = config.ZALO_TIMEOUT_MS;
  const miniApp = config.ZALO_NOTIFY_API_KEY
    ? {
        templateId: config.ZALO_NOTIFY_TEMPLATE_ID,
        notifier: createMiniAppNotifier({ baseUrl: config.ZALO_NOTIFY_URL, apiKey: config.ZALO_NOTIFY_API_KEY, miniAppId, timeoutMs }),
      }
    : undefined;
  const zns =
    config.ZNS_ACCESS_TOKEN && config.ZNS_TEMPLATE_ID
      ? { templateId: config.ZNS_TEMPLATE_ID, client: createZnsClient({ baseUrl: config.ZNS_URL, accessToken: config.ZNS_ACCESS_TOKEN, timeoutMs }) }
      : undefined;
  return createOutboxWorker({
    db,
    logger,
    batchSize: config.NOTIFY_BATCH_SIZE,
    pollMs: config.NOTIFY_POLL_MS,
    sender: createNotificationSender({ db, miniAppId, miniApp, zns }),
  });
}
