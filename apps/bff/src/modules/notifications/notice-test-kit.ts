import { beforeAll, beforeEach } from "vitest";
import type { Db } from "../../db/client.ts";
import type { MiniAppNotification } from "../../integrations/zalo/notification-client.ts";
import { testDatabase, truncate, type DbKind } from "../../test/db.ts";
import { createNotificationSender, type NotificationSender } from "./notification-sender.ts";

export const MINIAPP_ID = "3141592653589793";

export interface RecordingSender {
  db(): Db;
  /** What the Mini App channel was asked to send, in order; emptied before each test. */
  sent: MiniAppNotification[];
  /** A sender whose Mini App channel accepts every message as "m1" and records it. */
  sender(): NotificationSender;
}

/**
 * A notification sender over `kind`'s database for the calling `describe` block, with the outbox
 * and citizens emptied before each test.
 */
export function recordingSenderPerSuite(kind: DbKind): RecordingSender {
  let db: Db;
  const sent: MiniAppNotification[] = [];
  beforeAll(async () => {
    db = (await testDatabase(kind)).db;
  });
  beforeEach(async () => {
    sent.length = 0;
    await truncate(db, ["outbox", "citizen"]);
  });
  return {
    db: () => db,
    sent,
    sender: () =>
      createNotificationSender({
        db,
        miniAppId: MINIAPP_ID,
        miniApp: {
          templateId: "tpl-01",
          notifier: {
            send: async (message) => {
              sent.push(message);
              return { kind: "sent", messageId: "m1" };
            },
          },
        },
      }),
  };
}
