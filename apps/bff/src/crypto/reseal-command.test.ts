import { execFile } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openDatabase, pgliteDataDir, type Database } from "../db/client.ts";
import { agency, citizen, dossier, draft } from "../db/schema/index.ts";
import { openAnswerId, sealAnswerIds } from "../modules/dossiers/answer-ids.ts";
import { openDraftData, sealDraftData } from "../modules/drafts/sealed-draft.ts";
import { copyTemplateDatabase, dbKinds, type DbKind } from "../test/db.ts";
import { scanForPersonalData } from "../test/personal-data-scan.ts";
import { createFieldCrypto, fieldAad } from "./field-crypto.ts";
import { parseKeyring } from "./keyring.ts";

const bffDir = fileURLToPath(new URL("../../", import.meta.url));
const b64 = () => randomBytes(32).toString("base64");
const [oldKey, newKey, hashKey] = [`old1:${b64()}`, `new1:${b64()}`, b64()];
const before = createFieldCrypto(parseKeyring(oldKey, hashKey));
const retired = createFieldCrypto(parseKeyring(newKey, hashKey));
const APPLICANT_ID = "075190001234";
const MOTHER_ID = "075185003456";

describe.each(dbKinds)("the re-seal command (%s)", (kind: DbKind) => {
  const dataDir = mkdtempSync(join(tmpdir(), "motcua-reseal-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  /** A migrated database of `kind` the command can open after this process lets go of it. */
  async function freshDatabase(): Promise<{ env: Record<string, string>; database: Database }> {
    if (kind === "postgres") {
      const url = (await copyTemplateDatabase(`reseal_${process.pid}`))!;
      return { env: { DATABASE_URL: url }, database: await openDatabase({ kind: "postgres", url }) };
    }
    // The run's migrated template, unpacked into a directory of its own.
    const database = await openDatabase({ kind: "pglite", dataDir: pgliteDataDir(dataDir), loadDataDir: new Blob([readFileSync(inject("pgliteTemplate"))]) });
    return { env: {}, database };
  }

  it("re-seals the applicant's ID, the form's IDs and drafts under the new key, so the old one can go, and logs none of them", async () => {
    const { env, database } = await freshDatabase();
    const { db } = database;
    const dossierId = randomUUID();
    const draftId = randomUUID();
    try {
      await db.insert(agency).values({ code: "UBND-25195", name: "UBND phường Bình Phước", level: "COMMUNE" });
      const [owner] = await db.insert(citizen).values({ zaloId: `zalo-${randomUUID()}` }).returning({ id: citizen.id });
      const form = [{ key: "motherIdNumber", type: "id_number" as const, label: "CCCD của mẹ", labelEn: null, required: true, help: null, options: null, minLength: 12, maxLength: 12, min: null, max: null, pattern: null }];
      await db.insert(dossier).values({
        id: dossierId,
        reference: "HS-RSEA-L001",
        lookupSecretHash: "x",
        procedureCode: "1.001193",
        procedureVersion: 1,
        agencyCode: "UBND-25195",
        citizenId: owner!.id,
        channel: "ONLINE",
        status: "SUBMITTED",
        applicant: { fullName: "Nguyễn Văn A", dateOfBirth: "1990-01-01", phone: "+84901234567", address: { street: "1 Lê Lợi", wardCode: "25195", provinceCode: "75" } },
        idNumberSealed: before.seal(APPLICANT_ID, fieldAad("dossier", dossierId, "id_number")),
        idNumberHash: before.blindIndex(APPLICANT_ID),
        idNumberLast4: "1234",
        answers: sealAnswerIds({ motherIdNumber: MOTHER_ID }, form, dossierId, before),
        delivery: { method: "counter" },
        submittedAt: new Date(),
      });
      await db.insert(draft).values({ id: draftId, citizenId: owner!.id, procedureCode: "1.001193", data: sealDraftData({ idNumber: APPLICANT_ID }, draftId, before), expiresAt: new Date(Date.now() + 86_400_000) });
    } finally {
      await database.close();
    }

    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", "src/crypto/reseal-command.ts"], {
      cwd: bffDir,
      env: { PATH: process.env.PATH ?? "", NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "info", ID_ENCRYPTION_KEYS: `${newKey},${oldKey}`, ID_HASH_KEY: hashKey, ...env },
    });
    const output = `${stdout}\n${stderr}`;
    expect(output).toMatch(/"dossiers":1,"drafts":1,"activeKid":"new1"/);
    expect(scanForPersonalData(output, [oldKey.slice(5), newKey.slice(5), hashKey])).toEqual([]);

    const reopened = await openDatabase(kind === "postgres" ? { kind: "postgres", url: env.DATABASE_URL! } : { kind: "pglite", dataDir: pgliteDataDir(dataDir) });
    try {
      const [row] = await reopened.db.select().from(dossier);
      expect(retired.open(row!.idNumberSealed, fieldAad("dossier", dossierId, "id_number"))).toBe(APPLICANT_ID);
      expect(openAnswerId(row!.answers, "motherIdNumber", dossierId, retired)).toBe(MOTHER_ID);
      const [saved] = await reopened.db.select().from(draft);
      expect(openDraftData(saved!.data, draftId, retired)).toEqual({ idNumber: APPLICANT_ID });
    } finally {
      await reopened.close();
    }
  }, 120_000);
});
