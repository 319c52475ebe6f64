import {
  openFeedbackStatuses,
  type DeskFeedbackDetail,
  type DeskFeedbackSummary,
  type FeedbackAction,
  type FeedbackDetail,
  type FeedbackPhoto,
  type FeedbackSummary,
  type PublishedFeedback,
} from "@motcua/contracts";
import type { CatalogNames } from "../catalog/catalog.service.ts";
import type { FeedbackEventRow, FeedbackRow } from "./feedback.repo.ts";

const EXCERPT_LENGTH = 140;

/** The first words on one line, cut at a word boundary. */
export function excerptOf(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= EXCERPT_LENGTH) return line;
  const cut = line.slice(0, EXCERPT_LENGTH);
  const space = cut.lastIndexOf(" ");
  return `${(space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export const isOpen = (row: Pick<FeedbackRow, "status">) => openFeedbackStatuses.includes(row.status);
export const isOverdue = (row: Pick<FeedbackRow, "status" | "dueAt">, now: Date) => isOpen(row) && row.dueAt < now;

/** What a manager may do next; the guarded update still decides whether it happens. */
export function allowedActions(row: FeedbackRow): FeedbackAction[] {
  if (row.status === "RECEIVED") return ["triage", "assign", "answer", "dismiss"];
  if (row.status === "IN_PROGRESS") return ["assign", "answer", "dismiss"];
  if (row.status === "ANSWERED" && row.publishConsent) return row.publishedAt ? ["publish", "unpublish"] : ["publish"];
  return [];
}

const ref = (code: string, name: (code: string) => string) => ({ code, name: name(code) });

export function toSummary(row: FeedbackRow, names: CatalogNames): FeedbackSummary {
  return {
    id: row.id,
    code: row.code,
    category: row.category,
    status: row.status,
    excerpt: excerptOf(row.text),
    agency: ref(row.agencyCode, names.agencyName),
    createdAt: row.createdAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
    answerExcerpt: row.status === "ANSWERED" && row.answer ? excerptOf(row.answer) : null,
  };
}

function answerOf(row: FeedbackRow, names: CatalogNames) {
  return row.status === "ANSWERED" && row.answer && row.answeredAt
    ? { text: row.answer, answeredAt: row.answeredAt.toISOString(), agency: ref(row.agencyCode, names.agencyName) }
    : null;
}

export function toDetail(row: FeedbackRow, names: CatalogNames, photos: FeedbackPhoto[]): FeedbackDetail {
  return {
    ...toSummary(row, names),
    text: row.text,
    procedure: row.procedureCode ? ref(row.procedureCode, names.procedureName) : null,
    photos,
    anonymous: row.anonymous,
    contactPhone: row.contactPhone,
    publishConsent: row.publishConsent,
    published: row.publishedAt !== null,
    answer: answerOf(row, names),
    dismissReason: row.status === "DISMISSED" ? row.dismissReason : null,
  };
}

export function toDeskSummary(row: FeedbackRow, names: CatalogNames, now: Date): DeskFeedbackSummary {
  return { ...toSummary(row, names), overdue: isOverdue(row, now), anonymous: row.anonymous, published: row.publishedAt !== null };
}

export interface DeskDetailParts {
  photos: FeedbackPhoto[];
  sender: { name: string | null; phone: string | null } | undefined;
  events: FeedbackEventRow[];
}

export function toDeskDetail(row: FeedbackRow, names: CatalogNames, parts: DeskDetailParts, now: Date): DeskFeedbackDetail {
  return {
    ...toDeskSummary(row, names, now),
    text: row.text,
    procedure: row.procedureCode ? ref(row.procedureCode, names.procedureName) : null,
    photos: parts.photos,
    sender: row.anonymous ? null : (parts.sender ?? null),
    contactPhone: row.contactPhone,
    publishConsent: row.publishConsent,
    answer: answerOf(row, names),
    dismissReason: row.dismissReason,
    publication:
      row.publishedAt && row.publicQuestion && row.publicAnswer
        ? { question: row.publicQuestion, answer: row.publicAnswer, publishedAt: row.publishedAt.toISOString() }
        : null,
    timeline: parts.events.map((e) => ({
      at: e.at.toISOString(),
      action: e.action,
      actorType: e.actorType,
      status: e.toStatus,
      agency: ref(e.agencyCode, names.agencyName),
      note: e.note,
    })),
    allowedActions: allowedActions(row),
  };
}

export function toPublished(row: FeedbackRow, names: CatalogNames): PublishedFeedback {
  return {
    code: row.code,
    category: row.category,
    agency: ref(row.agencyCode, names.agencyName),
    procedure: row.procedureCode ? ref(row.procedureCode, names.procedureName) : null,
    question: row.publicQuestion ?? "",
    answer: row.publicAnswer ?? "",
    answeredAt: row.answeredAt?.toISOString() ?? "",
    publishedAt: row.publishedAt?.toISOString() ?? "",
  };
}
