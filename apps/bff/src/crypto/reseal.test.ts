import { randomBytes, randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db/client.ts";
import { agency, citizen, dossier } from "../db/schema/index.ts";
import { dbKinds, testDatabase, truncate } from "../test/db.ts";
import { createFieldCrypto, fieldAad, type FieldCrypto } from "./field-crypto.ts";
import { parseKeyring } from "./keyring.ts";
import { resealDossierIdNumbers } from "./reseal.ts";

const b64 = () => randomBytes(32).toString("base64");
// "k_1" on purpose: LIKE would read its underscore as a wildcard and also match "kx1".
const oldKey = `kx1:${b64()}`;
const newKey = `k_1:${b64()}`;
const hashKey = b64();
const before = createFieldCrypto(parseKeyring(oldKey, hashKey));
const rotated = createFieldCrypto(parseKeyring(`${newKey},${oldKey}`, hashKey));
const idNumberOf = (i: number) => `0750950012${String(i).padStart(2, "0")}`;

describe.each(dbKinds)("re-sealing citizen IDs after a key rotation (%s)", (kind) => {
  let db: Db;
  let citizenId: string;

  beforeAll(async () => {
    db = (await testDatabase(kind)).db;
  });

  beforeEach(async () => {
    await truncate(db, ["dossier", "citizen", "agency"]);
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
        answers: {},
        delivery: { method: "counter" },
        submittedAt: new Date(),
      });
    }
  }

  const rows = () =>
    db.select({ id: dossier.id, sealed: dossier.idNumberSealed, reference: dossier.reference, version: dossier.version }).from(dossier).orderBy(asc(dossier.reference));

  it("moves every old-key row to the active key in batches, keeps the values, and leaves current rows alone", async () => {
    await insertDossiers(7, before);
    await insertDossiers(2, rotated);
    const current = (await rows()).filter((r) => r.sealed.startsWith("v1.k_1."));

    expect(await resealDossierIdNumbers({ db, crypto: rotated, batchSize: 3 })).toBe(7);

    const after = await rows();
    expect(after).toHaveLength(9);
    for (const row of after) {
      expect(row.sealed.startsWith("v1.k_1.")).toBe(true);
      expect(rotated.needsReseal(row.sealed)).toBe(false);
      expect(row.version).toBe(1);
    }
    for (const row of current) expect(after.find((r) => r.id === row.id)?.sealed).toBe(row.sealed);

    // The old key can now be retired: every value opens with the new one alone.
    const retired = createFieldCrypto(parseKeyring(newKey, hashKey));
    const opened = after.map((r) => retired.open(r.sealed, fieldAad("dossier", r.id, "id_number"))).sort();
    expect(opened).toEqual([...[0, 1, 2, 3, 4, 5, 6].map(idNumberOf), idNumberOf(0), idNumberOf(1)].sort());

    expect(await resealDossierIdNumbers({ db, crypto: rotated, batchSize: 3 })).toBe(0);
  });

  it("does nothing when no key was rotated", async () => {
    await insertDossiers(3, before);
    const snapshot = await rows();
    expect(await resealDossierIdNumbers({ db, crypto: before, batchSize: 10 })).toBe(0);
    expect(await rows()).toEqual(snapshot);
  });

  it("stops at a row it cannot open instead of skipping or looping on it", async () => {
    await insertDossiers(2, before);
    const [victim, other] = await rows();
    // Swapped between rows: each envelope now carries the other row's AAD.
    await db.update(dossier).set({ idNumberSealed: other!.sealed }).where(eq(dossier.id, victim!.id));
    await expect(resealDossierIdNumbers({ db, crypto: rotated, batchSize: 10 })).rejects.toThrow(/cannot re-seal/);
    const [stillOld] = await rows();
    expect(stillOld!.sealed).toBe(other!.sealed);
  });
});
