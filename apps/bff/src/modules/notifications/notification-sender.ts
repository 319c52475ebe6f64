import type { Db } from "../../db/client.ts";
import type { MiniAppNotifier, SendOutcome, ZnsClient } from "../../integrations/zalo/notification-client.ts";
import {
  FeedbackNoticePayload,
  renderFeedbackNotice,
  renderServiceRequestNotice,
  renderStatusNotice,
  ServiceRequestNoticePayload,
  StatusNoticePayload,
  type MiniAppNoticeData,
  type ZnsNoticeData,
} from "./message-templates.ts";
import type { ClaimedMessage } from "./outbox.repo.ts";
import { findCitizenRecipient, findRecipient, type Recipient } from "./recipient.repo.ts";

/** The topic `statusNotice` writes. */
export const STATUS_NOTICE_TOPIC = "dossier.status_changed";
/** The topic `feedbackNotice` writes: a citizen's feedback was answered or dismissed. */
export const FEEDBACK_NOTICE_TOPIC = "feedback.answered";
/** The topic the service-requests module writes: a consulting or translation request moved on. */
export const SERVICE_REQUEST_NOTICE_TOPIC = "service_request.updated";

export type Channel = "miniapp" | "zns";

export type Delivery =
  | { kind: "sent"; channel: Channel; messageId?: string }
  /** Deliberately not sent (no consent, no way to reach the citizen); not an error. */
  | { kind: "skipped"; reason: string }
  | Exclude<SendOutcome, { kind: "sent" }>;

export interface NotificationSender {
  topics: readonly string[];
  send(message: ClaimedMessage): Promise<Delivery>;
}

export interface NotificationSenderDeps {
  db: Db;
  /** For the "Xem hồ sơ" deep link, whichever channel carries it. */
  miniAppId: string;
  miniApp?: { notifier: MiniAppNotifier; templateId: string };
  zns?: { client: ZnsClient; templateId: string };
}

/** ZNS reaches Vietnamese numbers only, written without the plus. */
const znsPhone = (e164: string | null) => (e164?.startsWith("+84") ? e164.slice(1) : undefined);

/** Whom to tell and what, or why nothing is sent. */
type Prepared = { recipient: Omit<Recipient, "dueAt">; notice: { miniApp: MiniAppNoticeData; zns: ZnsNoticeData } } | Delivery;

/**
 * Turns one outbox row into at most one delivered message. Channels are tried in order: the free
 * Mini App notification first, then paid ZNS when Zalo refuses the first for this message (e.g.
 * the citizen has not opened the app for 7 days or already got one today). A retryable failure
 * stops the round, so a rate-limited Mini App never turns into a paid ZNS for the same notice.
 */
export function createNotificationSender(deps: NotificationSenderDeps): NotificationSender {
  async function prepareStatusNotice(message: ClaimedMessage): Promise<Prepared> {
    const payload = StatusNoticePayload.safeParse(message.payload);
    if (!payload.success || !message.dossierId) return { kind: "permanent", reason: "malformed payload" };
    if (!message.citizenId) return { kind: "skipped", reason: "no recipient" };
    const recipient = await findRecipient(deps.db, message.citizenId, message.dossierId);
    if (!recipient) return { kind: "skipped", reason: "citizen not found" };
    return { recipient, notice: renderStatusNotice({ payload: payload.data, dossierId: message.dossierId, dueAt: recipient.dueAt, miniAppId: deps.miniAppId }) };
  }

  /** A notice about something of the citizen's other than a dossier: `render` checks the payload. */
  async function prepareCitizenNotice(message: ClaimedMessage, render: (payload: unknown) => { miniApp: MiniAppNoticeData; zns: ZnsNoticeData } | undefined): Promise<Prepared> {
    const notice = render(message.payload);
    if (!notice) return { kind: "permanent", reason: "malformed payload" };
    if (!message.citizenId) return { kind: "skipped", reason: "no recipient" };
    const recipient = await findCitizenRecipient(deps.db, message.citizenId);
    if (!recipient) return { kind: "skipped", reason: "citizen not found" };
    return { recipient, notice };
  }

  const feedbackNotice = (payload: unknown) => {
    const parsed = FeedbackNoticePayload.safeParse(payload);
    return parsed.success ? renderFeedbackNotice({ payload: parsed.data, miniAppId: deps.miniAppId }) : undefined;
  };
  const serviceRequestNotice = (payload: unknown) => {
    const parsed = ServiceRequestNoticePayload.safeParse(payload);
    return parsed.success ? renderServiceRequestNotice({ payload: parsed.data, miniAppId: deps.miniAppId }) : undefined;
  };

  function prepare(message: ClaimedMessage): Promise<Prepared> {
    if (message.topic === FEEDBACK_NOTICE_TOPIC) return prepareCitizenNotice(message, feedbackNotice);
    if (message.topic === SERVICE_REQUEST_NOTICE_TOPIC) return prepareCitizenNotice(message, serviceRequestNotice);
    return prepareStatusNotice(message);
  }

  return {
    topics: [STATUS_NOTICE_TOPIC, FEEDBACK_NOTICE_TOPIC, SERVICE_REQUEST_NOTICE_TOPIC],
    async send(message) {
      const prepared = await prepare(message);
      if ("kind" in prepared) return prepared;
      const { recipient, notice } = prepared;
      if (!recipient.notifyOptIn) return { kind: "skipped", reason: "citizen has not opted in" };

      const trackingId = message.id;
      const attempts: Array<{ channel: Channel; send: () => Promise<SendOutcome> }> = [];
      const { miniApp, zns } = deps;
      if (miniApp) {
        attempts.push({
          channel: "miniapp",
          send: () => miniApp.notifier.send({ zaloUserId: recipient.zaloId, templateId: miniApp.templateId, data: notice.miniApp, trackingId }),
        });
      }
      const phone = znsPhone(recipient.phone);
      if (zns && phone) {
        attempts.push({ channel: "zns", send: () => zns.client.send({ phone, templateId: zns.templateId, data: notice.zns, trackingId }) });
      }
      if (attempts.length === 0) return { kind: "skipped", reason: "no channel reaches this citizen" };

      const refusals: string[] = [];
      for (const { channel, send } of attempts) {
        const outcome = await send();
        if (outcome.kind === "sent") return { ...outcome, channel };
        if (outcome.kind === "retryable") return { ...outcome, reason: `${channel}: ${outcome.reason}` };
        refusals.push(`${channel}: ${outcome.reason}`);
      }
      return { kind: "permanent", reason: refusals.join("; ") };
    },
  };
}
