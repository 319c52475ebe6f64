import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DeskDossierDetail, DossierCreated, DossierDetail, Draft, SubmitDossierRequest } from "@motcua/contracts";
import { queryRows } from "../db/client.ts";
import { dossier, draft } from "../db/schema/index.ts";
import { dbKinds, truncate } from "../test/db.ts";
import { deskTables, startDeskHarness, type DeskHarness } from "../test/desk-harness.ts";
import { submissionFor, tinyPdf, uploadFile, uploadRequiredDocuments } from "../test/dossier-fixtures.ts";

const APPLICANT_ID = "075190001234";
/** Every table a filing, a draft, an officer's handling and a supplement write to. */
const TABLES = ["dossier", "draft", "dossier_event", "outbox", "idempotency_key", "id_reveal", "upload", "session", "citizen"];

describe.each(dbKinds)("citizen IDs at rest (%s)", (kind) => {
  let h: DeskHarness;

  beforeAll(async () => {
    h = await startDeskHarness(kind);
  });
  afterAll(() => h.close());
  beforeEach(() => truncate(h.db, deskTables));

  const api = (method: string, path: string, token: string | null, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${h.app.server.url}/api/v1${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  /** Rows, as PostgreSQL prints them, holding 12 digits in a row once ids and hex digests are set aside. */
  async function rowsWithTwelveDigits(table: string): Promise<string[]> {
    const rows = await queryRows<{ row: string }>(
      h.db,
      sql.raw(`select t::text as row from "${table}" t
        where regexp_replace(regexp_replace(t::text, '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', '', 'g'), '[0-9a-f]{32,}', '', 'g') ~ '[0-9]{12}'`),
    );
    return rows.map((r) => r.row);
  }

  it("stores no citizen ID in clear anywhere, while the citizen and the officer see every ID masked and the public lookup none", async () => {
    const { procedure } = h;
    const idFields = procedure.form.fields.filter((f) => f.type === "id_number").map((f) => f.key);
    expect(idFields.length).toBeGreaterThan(1);
    // One ID per field, all different, so one shown under the wrong field would be noticed.
    const answerIds = Object.fromEntries(idFields.map((key, i) => [key, `07518500${String(5601 + i * 1111)}`]));
    const allIds = [APPLICANT_ID, ...Object.values(answerIds)];

    const token = await h.app.signIn();
    const wardCode = h.app.services.catalog.snapshot().agencies.get(h.agencyA)!.wardCode!;
    const base = submissionFor(procedure, wardCode, await uploadRequiredDocuments(h.app.server.url, token, procedure));
    const body: SubmitDossierRequest = { ...base, answers: { ...base.answers, ...answerIds } };

    // The mini app's draft: the form as typed, with a copy of a request whose answer was lost.
    const typed = { applicant: { idNumber: APPLICANT_ID, phone: "0912 345 678" }, answers: body.answers, unconfirmed: [body] };
    const saved = (await (await api("POST", "/me/drafts", token, { procedureCode: procedure.code, data: typed })).json()) as Draft;
    const resaved = await api("PUT", `/me/drafts/${saved.id}`, token, { data: { ...typed, step: "review" } });
    expect(resaved.status).toBe(200);
    expect(((await (await api("GET", `/me/drafts/${saved.id}`, token)).json()) as Draft).data).toEqual({ ...typed, step: "review" });

    const filed = await api("POST", "/dossiers", token, body, { "Idempotency-Key": randomUUID() });
    expect(filed.status).toBe(201);
    const created = (await filed.json()) as DossierCreated;

    // Straight from the database: the answers hold envelopes and last fours, never the digits.
    const [row] = await h.db.select().from(dossier).where(eq(dossier.id, created.id));
    const stored = JSON.stringify(row!.answers);
    for (const id of allIds) expect(stored).not.toContain(id);
    for (const [key, id] of Object.entries(answerIds)) {
      expect(row!.answers[key]).toEqual({ sealed: expect.stringMatching(/^v1\./), last4: id.slice(-4) });
    }
    const [draftRow] = await h.db.select().from(draft).where(eq(draft.id, saved.id));
    expect(Object.keys(draftRow!.data)).toEqual(["sealed"]);
    expect(JSON.stringify(draftRow!.data)).not.toMatch(/\d{12}|912 345 678/);

    // The citizen's view: every ID masked the same way, every other answer as filed (phones as E.164).
    const mine = await api("GET", `/me/dossiers/${created.id}`, token);
    const mineText = await mine.text();
    const detail = JSON.parse(mineText) as DossierDetail;
    expect(detail.applicant.idNumberMasked).toBe("********1234");
    expect(detail.answers).toEqual({ ...row!.answers, ...Object.fromEntries(Object.entries(answerIds).map(([k, id]) => [k, `********${id.slice(-4)}`])) });
    for (const f of procedure.form.fields.filter((f) => f.type === "text")) expect(detail.answers[f.key]).toBe(body.answers[f.key]);
    for (const id of allIds) expect(mineText).not.toContain(id);

    // The officer's: the same, and each ID in full only through the audited reveal.
    const officer = await h.officer(["desk"]);
    const deskView = (await (await h.call("GET", `/desk/dossiers/${created.id}`, officer.token)).json()) as DeskDossierDetail;
    expect(deskView.answers).toEqual(detail.answers);
    const [firstField] = idFields;
    const reveal = await h.call("POST", `/desk/dossiers/${created.id}/reveal-id`, officer.token, { reason: "Đối chiếu giấy tờ của mẹ", field: firstField });
    expect(await reveal.json()).toEqual({ idNumber: answerIds[firstField!] });

    // Handling that stores whole dossier views: the desk's actions and the citizen's supplement replay from idempotency_key.
    const requirementId = body.documents[0]!.requirementId;
    const accepted = await h.act(officer.token, created.id, "accept", {}, 1, { "Idempotency-Key": randomUUID() });
    expect(accepted.status).toBe(200);
    const asked = await h.act(officer.token, created.id, "request_supplement", { items: [{ requirementId, note: "Ảnh mờ, chụp lại" }] }, 2, { "Idempotency-Key": randomUUID() });
    expect(asked.status).toBe(200);
    const uploadId = await uploadFile(h.app.server.url, token, "bo-sung.pdf", tinyPdf);
    const supplemented = await api("POST", `/me/dossiers/${created.id}/supplement`, token, { documents: [{ requirementId, uploadIds: [uploadId] }] }, { "Idempotency-Key": randomUUID() });
    expect(supplemented.status).toBe(200);
    expect(await h.count("idempotency_key", "response_body is not null")).toBe(4);

    // The public lookup shows status and dates, no ID in any form.
    const tracked = await api("GET", `/track?code=${created.reference}&secret=${created.lookupSecret}`, null);
    expect(tracked.status).toBe(200);
    const trackedText = await tracked.text();
    expect(trackedText).not.toMatch(/\*{8}|\d{12}|idNumber|answers/);
    for (const id of allIds) expect(trackedText).not.toContain(id.slice(-4));

    for (const table of TABLES) expect(await rowsWithTwelveDigits(table), table).toEqual([]);
    // The check itself can see a leak: a clear ID planted in the answers is found.
    await h.db.update(dossier).set({ answers: { ...row!.answers, planted: APPLICANT_ID } }).where(eq(dossier.id, created.id));
    expect(await rowsWithTwelveDigits("dossier")).toHaveLength(1);
  });
});
