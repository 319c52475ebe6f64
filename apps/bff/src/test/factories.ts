import { randomUUID } from "node:crypto";
import type { Db } from "../db/client.ts";
import { agency, dossier } from "../db/schema/index.ts";

/**
 * A minimal submitted dossier straight in the database, for tests of other modules that only need
 * one to exist (uploads attached to it, sweepers that must leave it alone).
 */
export async function insertDossierRow(db: Db, citizenId: string): Promise<string> {
  await db
    .insert(agency)
    .values({ code: "000.99.99.H19", name: "Cơ quan thử nghiệm", level: "PROVINCE" })
    .onConflictDoNothing();
  const id = randomUUID();
  await db.insert(dossier).values({
    id,
    reference: `HS-T${id.slice(0, 3).toUpperCase()}-${id.slice(4, 8).toUpperCase()}`,
    lookupSecretHash: "test",
    procedureCode: "1.001193",
    procedureVersion: 1,
    agencyCode: "000.99.99.H19",
    citizenId,
    channel: "ONLINE",
    status: "SUBMITTED",
    applicant: { fullName: "Nguyễn Văn A", dateOfBirth: "1990-01-01", phone: "+84912345678", address: { street: "1 Lê Lợi", wardCode: "25195", provinceCode: "75" } },
    idNumberSealed: "test",
    idNumberHash: "test",
    idNumberLast4: "0000",
    answers: {},
    delivery: { method: "counter" },
    submittedAt: new Date(),
  });
  return id;
}
