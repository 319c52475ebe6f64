import { randomBytes, randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FormField } from "@motcua/contracts";
import type { Db } from "../db/client.ts";
import { agency, citizen, dossier, draft } from "../db/schema/index.ts";
import { answerIdAad, isSealedAnswerId, openAnswerId, sealAnswerIds } from "../modules/dossiers/answer-ids.ts";
import { draftDataAad, openDraftData, sealDraftData } from "../modules/drafts/sealed-draft.ts";
import { dbKinds, testDatabase, truncate } from "../test/db.ts";
import { createFieldCrypto, fieldAad, type FieldCrypto } from "./field-crypto.ts";
import { parseKeyring } from "./keyring.ts";
import { resealPersonalData } from "./reseal.ts";

const b64 = () => randomBytes(32).toString("base64");
// "k_1" on purpose: LIKE would read its underscore as a wildcard and also match "kx1".
const oldKey = `kx1:${b64()}`;
const newKey = `k_1:${b64()}`;
const hashKey = b64();
const before = createFieldCrypto(parseKeyring(oldKey, hashKey));
const rotated = createFieldCrypto(parseKeyring(`${newKey},${oldKey}`, hashKey));
const retired = createFieldCrypto(parseKeyring(newKey, hashKey));
const idNumberOf = (i: number) => `0750950012${String(i).padStart(2, "0")}`;
const motherIdOf = (i: number) => `0751850034${String(i).padStart(2, "0")}`;
const fatherIdOf = (i: number) => `0750850056${String(i).padStart(2, "0")}`;

const idField = (key: string): FormField => ({
  key,
  type: "id_number",
  label: key,
  labelEn: null,
  required: false,
  help: null,
  options: null,
  minLength: 12,
  maxLength: 12,
  min: null,
  max: null,
  pattern: null,
});
const form = [idField("motherIdNumber"), idField("fatherIdNumber")];

describe.each(dbKinds)("re-sealing citizen IDs and drafts after a key rotation (%s)", (kind) => {
  let db: Db;
  let citizenId: string;

  beforeAll(async () => {
    db = (await testDatabase(kind)).db;
  });

  beforeEach(async () => {
    await truncate(db, ["dossier", "draft", "citizen", "agency"]);
    await db.insert(agency).values({ code: "UBND-25195", name: "UBND phường Bình Phước", level: "COMMUNE" });
    const [row] = await db.insert(citizen).values({ zaloId: `zalo-${randomUUID()}` }).returning({ id: citizen.id });
    citizenId = row!.id;
  });

  async function insertDossiers(count: number, crypto: FieldCrypto) {
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      await db.insert(dossier).values({
        id,
        reference: `DN-TEST-${crypto.activeKid}-${i}`,
        lookupSecretHash: "x",
        procedureCode: "1.001193",
        procedureVersion: 1,
        agencyCode: "UBND-25195",
        citizenId,
        channel: "ONLINE",
        status: "SUBMITTED",
        applicant: {
          fullName: "Nguyễn Văn A",
          dateOfBirth: "1995-01-01",
          phone: "+84901234567",
          address: { street: "1 Lê Lợi", wardCode: "25195", provinceCode: "75" },
        },
        idNumberSealed: crypto.seal(idNumberOf(i), fieldAad("dossier", id, "id_number")),
        idNumberHash: crypto.blindIndex(idNumberOf(i)),
        idNumberLast4: idNumberOf(i).slice(-4),
        // Every other dossier has only the mother's ID: an optional ID may be absent.
        answers: sealAnswerIds({ childName: "Bé", motherIdNumber: motherIdOf(i), ...(i % 2 ? {} : { fatherIdNumber: fatherIdOf(i) }) }, form, id, crypto),
        delivery: { method: "counter" },
        submittedAt: new Date(),
      });
    }
  }

  async function insertDrafts(count: number, crypto: FieldCrypto) {
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      const data = { applicant: { idNumber: idNumberOf(i), phone: "0912345678" }, answers: { motherIdNumber: motherIdOf(i) } };
      await db.insert(draft).values({ id, citizenId, procedureCode: "1.001193", data: sealDraftData(data, id, crypto), expiresAt: new Date(Date.now() + 86_400_000) });
    }
  }

  const dossiers = () =>
    db
      .select({ id: dossier.id, sealed: dossier.idNumberSealed, answers: dossier.answers, version: dossier.version, updatedAt: dossier.updatedAt })
      .from(dossier)
      .orderBy(asc(dossier.reference));
  const drafts = () => db.select({ id: draft.id, data: draft.data, version: draft.version, updatedAt: draft.updatedAt }).from(draft).orderBy(asc(draft.id));
  const envelopesOf = (answers: Record<string, unknown>) => Object.values(answers).filter(isSealedAnswerId).map((a) => a.sealed);

  it("moves every applicant ID, answer ID and draft sealed under the old key to the active one in batches, keeps the values, and leaves current rows alone", async () => {
    await insertDossiers(7, before);
    await insertDossiers(2, rotated);
    await insertDrafts(4, before);
    await insertDrafts(1, rotated);
    const current = (await dossiers()).filter((r) => r.sealed.startsWith("v1.k_1."));
    const currentDraft = (await drafts()).find((d) => String(d.data.sealed).startsWith("v1.k_1."));

    expect(await resealPersonalData({ db, crypto: rotated, batchSize: 3 })).toEqual({ dossiers: 7, drafts: 4 });

    const after = await dossiers();
    expect(after).toHaveLength(9);
    for (const row of after) {
      for (const envelope of [row.sealed, ...envelopesOf(row.answers)]) {
        expect(envelope.startsWith("v1.k_1.")).toBe(true);
        expect(rotated.needsReseal(envelope)).toBe(false);
      }
      expect(row.version).toBe(1);
      expect(row.answers.childName).toBe("Bé");
    }
    for (const row of current) expect(after.find((r) => r.id === row.id)).toEqual(row);

    // The old key can now be retired: every value opens with the new one alone.
    const opened = after.map((r) => ({
      idNumber: retired.open(r.sealed, fieldAad("dossier", r.id, "id_number")),
      mother: openAnswerId(r.answers, "motherIdNumber", r.id, retired),
      father: openAnswerId(r.answers, "fatherIdNumber", r.id, retired),
    }));
    const expected = [0, 1, 2, 3, 4, 5, 6, 0, 1].map((i) => ({ idNumber: idNumberOf(i), mother: motherIdOf(i), father: i % 2 ? undefined : fatherIdOf(i) }));
    expect(opened).toEqual(expect.arrayContaining(expected));
    expect(opened).toHaveLength(expected.length);

    const draftsAfter = await drafts();
    expect(draftsAfter.map((d) => d.version)).toEqual([1, 1, 1, 1, 1]);
    for (const d of draftsAfter) {
      expect(String(d.data.sealed).startsWith("v1.k_1.")).toBe(true);
      expect(openDraftData(d.data, d.id, retired)).toMatchObject({ applicant: { phone: "0912345678" } });
    }
    expect(draftsAfter.find((d) => d.id === currentDraft!.id)).toEqual(currentDraft);

    expect(await resealPersonalData({ db, crypto: rotated, batchSize: 3 })).toEqual({ dossiers: 0, drafts: 0 });
  });

  it("re-seals a dossier whose applicant ID is current but whose answer IDs are not", async () => {
    await insertDossiers(1, before);
    const [row] = await dossiers();
    const applicantCurrent = rotated.seal(idNumberOf(0), fieldAad("dossier", row!.id, "id_number"));
    await db.update(dossier).set({ idNumberSealed: applicantCurrent }).where(eq(dossier.id, row!.id));

    expect(await resealPersonalData({ db, crypto: rotated, batchSize: 10 })).toEqual({ dossiers: 1, drafts: 0 });
    const [after] = await dossiers();
    expect(after!.sealed).toBe(applicantCurrent);
    expect(envelopesOf(after!.answers).every((e) => e.startsWith("v1.k_1."))).toBe(true);
    expect(openAnswerId(after!.answers, "fatherIdNumber", row!.id, retired)).toBe(fatherIdOf(0));
  });

  it("does nothing when no key was rotated, and leaves plain drafts saved before sealing alone", async () => {
    await insertDossiers(3, before);
    await insertDrafts(2, before);
    await db.insert(draft).values({ citizenId, procedureCode: "1.001193", data: { sealed: "typed by the citizen", step: "form" }, expiresAt: new Date(Date.now() + 86_400_000) });
    const [dossiersBefore, draftsBefore] = [await dossiers(), await drafts()];
    expect(await resealPersonalData({ db, crypto: before, batchSize: 10 })).toEqual({ dossiers: 0, drafts: 0 });
    expect([await dossiers(), await drafts()]).toEqual([dossiersBefore, draftsBefore]);

    expect(await resealPersonalData({ db, crypto: rotated, batchSize: 10 })).toEqual({ dossiers: 3, drafts: 2 });
    const plain = (rows: typeof draftsBefore) => rows.filter((d) => d.data.step === "form");
    expect(plain(await drafts())).toHaveLength(1);
    expect(plain(await drafts())).toEqual(plain(draftsBefore));
  });

  it("stops at a value it cannot open instead of skipping or looping on it", async () => {
    await insertDossiers(2, before);
    const [victim, other] = await dossiers();
    // Swapped between rows: each envelope now carries the other row's AAD.
    await db.update(dossier).set({ idNumberSealed: other!.sealed }).where(eq(dossier.id, victim!.id));
    await expect(resealPersonalData({ db, crypto: rotated, batchSize: 10 })).rejects.toThrow(/cannot re-seal/);
    const [stillOld] = await dossiers();
    expect(stillOld!.sealed).toBe(other!.sealed);
  });

  it("refuses an answer ID moved to another field of the same dossier, and a draft's data moved to another draft", async () => {
    await insertDossiers(1, before);
    const [row] = await dossiers();
    const answers = { ...row!.answers, fatherIdNumber: row!.answers.motherIdNumber };
    expect(() => openAnswerId(answers, "fatherIdNumber", row!.id, before)).toThrow(/authentication/);
    expect(answerIdAad(row!.id, "fatherIdNumber")).not.toBe(answerIdAad(row!.id, "motherIdNumber"));
    await db.update(dossier).set({ answers }).where(eq(dossier.id, row!.id));
    await expect(resealPersonalData({ db, crypto: rotated, batchSize: 10 })).rejects.toThrow(/dossier .*cannot re-seal/);

    await truncate(db, ["dossier"]);
    await insertDrafts(2, before);
    const [a, b] = await drafts();
    await db.update(draft).set({ data: b!.data }).where(eq(draft.id, a!.id));
    expect(() => openDraftData(b!.data, a!.id, before)).toThrow(/authentication/);
    expect(draftDataAad(a!.id)).not.toBe(draftDataAad(b!.id));
    await expect(resealPersonalData({ db, crypto: rotated, batchSize: 10 })).rejects.toThrow(/draft .*cannot re-seal/);
  });
});
