import type { Delivery, Procedure, ProcessingTime } from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import type { AdminUnits } from "../admin-units/admin-units.ts";
import type { CatalogService } from "../catalog/catalog.service.ts";
import { normalizeCode } from "../../lib/public-code.ts";
import { lookupSecretMatches } from "../dossiers/dossier-codes.ts";
import { dossierDocuments, dossierEvents, type EventRow } from "../dossiers/dossiers.repo.ts";
import type { DossierRow } from "../dossiers/transition.repo.ts";
import { renderApology } from "./apology.ts";
import type { DossierFacts, IssuingAgency } from "./layout.ts";
import { qrSvg } from "./qr.ts";
import { renderReceipt } from "./receipt.ts";
import { renderRefusal } from "./refusal.ts";
import { renderSupplementRequest } from "./supplement-request.ts";

export const documentKinds = ["receipt", "supplement-request", "refusal", "apology"] as const;
export type DocumentKind = (typeof documentKinds)[number];

export interface DocumentsDeps {
  db: Db;
  catalog: Pick<CatalogService, "snapshot" | "procedureVersion">;
  adminUnits: Pick<AdminUnits, "formatAddress">;
  /** Where the public pages live; the receipt's QR code points at `<publicBaseUrl>/tra-cuu`. */
  publicBaseUrl: string;
  /** The place in each document's date line. */
  place: string;
}

export interface RenderOptions {
  /** The lookup secret in clear, when the caller still has it (right after filing or acceptance). */
  lookupSecret?: string;
}

const notApplicable = (detail: string) => new AppError("CONFLICT", detail);

function processingTimeText(t: ProcessingTime): string {
  if (t.unit === "SAME_DAY") return "trong ngày làm việc";
  return `${t.value} ${t.unit === "WORKING_DAY" ? "ngày làm việc" : "ngày"}`;
}

const lastOf = (events: EventRow[], action: string) => events.findLast((e) => e.action === action);

/** Dated by the event it records, so a reprint is the same document. */
type FactsAt = (issuedAt: Date) => DossierFacts;

/**
 * The one-stop letters of a dossier, printed from what the dossier and its events already record.
 * The caller has already checked that the officer may see the dossier.
 */
export function createDocumentsService(deps: DocumentsDeps) {
  const { db, catalog, adminUnits } = deps;

  function agencyOf(code: string): IssuingAgency {
    const agency = catalog.snapshot().agencies.get(code);
    return { name: agency?.name ?? code, address: agency?.address ?? null, phone: agency?.phone ?? null };
  }

  function returnMethod(delivery: Delivery, agency: IssuingAgency): string {
    if (delivery.method === "post") {
      const { recipient, phone, ...address } = delivery.address;
      return `qua dịch vụ bưu chính công ích, gửi đến ${recipient} (${phone}), ${adminUnits.formatAddress(address)}`;
    }
    return `trực tiếp tại ${agency.name}${agency.address ? `, ${agency.address}` : ""}`;
  }

  function trackingUrl(code: string, secret: string | undefined): string {
    const query = new URLSearchParams({ code, ...(secret ? { secret } : {}) });
    return `${deps.publicBaseUrl.replace(/\/+$/, "")}/tra-cuu?${query}`;
  }

  async function receipt(row: DossierRow, procedure: Procedure, factsAt: FactsAt, given: string | undefined): Promise<string> {
    if (!row.officialCode || !row.receivedAt || !row.dueAt) throw notApplicable("Hồ sơ chưa được tiếp nhận nên chưa có giấy tiếp nhận.");
    if (given !== undefined && !lookupSecretMatches(row.reference, given, row.lookupSecretHash)) {
      throw new AppError("BAD_REQUEST", "Mã tra cứu không khớp với hồ sơ.");
    }
    // Printed as the hash saw it: "k7p9-qx" is the secret K7P9QX.
    const secret = given === undefined ? undefined : normalizeCode(given).replace(/-/g, "");
    const attached = new Set((await dossierDocuments(db, row.id)).map((d) => d.requirementId));
    const channel = procedure.channels.find((c) => c.channel === row.channel) ?? procedure.channels[0]!;
    const url = trackingUrl(row.officialCode, secret);
    const facts = factsAt(row.receivedAt);
    return renderReceipt({
      facts,
      documents: procedure.requirements.filter((r) => attached.has(r.id)),
      processingTime: processingTimeText(channel.processingTime),
      receivedAt: row.receivedAt,
      dueAt: row.dueAt,
      returnMethod: returnMethod(row.delivery, facts.agency),
      trackingUrl: url,
      qr: await qrSvg(url),
      ...(secret ? { lookupSecret: secret } : {}),
    });
  }

  function supplementRequest(row: DossierRow, procedure: Procedure, factsAt: FactsAt): string {
    const request = row.supplementRequest;
    if (!request) throw notApplicable("Hồ sơ không có yêu cầu bổ sung.");
    const names = new Map(procedure.requirements.map((r) => [r.id, r.name]));
    return renderSupplementRequest({
      facts: factsAt(new Date(request.requestedAt)),
      items: request.items.map((item) => ({ document: (item.requirementId && names.get(item.requirementId)) ?? null, note: item.note })),
      reason: request.note,
    });
  }

  // The desk records the officer's reason as the event's note.
  function refusal(row: DossierRow, events: EventRow[], factsAt: FactsAt): string {
    const refused = lastOf(events, "refuse");
    if (row.status !== "REFUSED" || !refused) throw notApplicable("Hồ sơ không bị từ chối tiếp nhận.");
    return renderRefusal({ facts: factsAt(refused.at), reason: refused.note ?? "Không ghi lý do." });
  }

  // The new date is the extend event's `data.dueAt` (the desk's request body); `dueAt` otherwise.
  function apology(row: DossierRow, events: EventRow[], factsAt: FactsAt): string {
    const extended = lastOf(events, "extend");
    if (!extended || !row.receivedAt) throw notApplicable("Hồ sơ chưa có văn bản xin lỗi, hẹn lại ngày trả.");
    const recorded = extended.data?.["dueAt"];
    const newDueAt = typeof recorded === "string" ? new Date(recorded) : row.dueAt;
    if (!newDueAt) throw notApplicable("Hồ sơ chưa có ngày hẹn trả mới.");
    return renderApology({ facts: factsAt(extended.at), receivedAt: row.receivedAt, reason: extended.note ?? "Không ghi lý do.", newDueAt });
  }

  return {
    async render(kind: DocumentKind, row: DossierRow, options: RenderOptions = {}): Promise<string> {
      const procedure = await deps.catalog.procedureVersion(db, row.procedureCode, row.procedureVersion);
      if (!procedure) throw new Error(`procedure version ${row.procedureCode}@${row.procedureVersion} is missing`);
      const factsAt: FactsAt = (issuedAt) => ({
        agency: agencyOf(row.agencyCode),
        place: deps.place,
        issuedAt,
        code: row.officialCode ?? row.reference,
        applicant: { fullName: row.applicant.fullName, address: adminUnits.formatAddress(row.applicant.address), phone: row.applicant.phone },
        procedureName: procedure.name,
      });
      switch (kind) {
        case "receipt":
          return receipt(row, procedure, factsAt, options.lookupSecret);
        case "supplement-request":
          return supplementRequest(row, procedure, factsAt);
        case "refusal":
          return refusal(row, await dossierEvents(db, row.id), factsAt);
        case "apology":
          return apology(row, await dossierEvents(db, row.id), factsAt);
      }
    },
  };
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;
