import type { OfficerRole } from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { agency } from "../../db/schema/index.ts";
import { AGENCY, communeAgencies } from "../../db/seed/catalog/agencies.ts";
import type { Logger } from "../../logger.ts";
import { existingUsernames, insertOfficer } from "./officers.repo.ts";
import { hashPassword } from "./password.ts";

/** Printed in the README: anyone can read it, which is why it must never reach production. */
export const DEMO_PASSWORD = "MotCua@2026";

// From the seed rather than literals: the seed's agency codes are placeholders that will change.
const PHUONG_TRAN_BIEN = communeAgencies.find((a) => a.wardCode === "26041")!.code;
const SO_TU_PHAP = AGENCY.TU_PHAP;
// Criminal-record certificates (Lý lịch tư pháp), the most filed online procedure, are the police's.
const CONG_AN_TINH = AGENCY.CONG_AN;
// The service center answers feedback that names no agency, and checks people in at its own counters.
const TRUNG_TAM = AGENCY.TTPVHCC;

export const demoOfficers: ReadonlyArray<{ username: string; fullName: string; agencyCode: string; roles: OfficerRole[] }> = [
  { username: "tranbien.desk", fullName: "Nguyễn Thị Thu", agencyCode: PHUONG_TRAN_BIEN, roles: ["desk"] },
  { username: "tranbien.processor", fullName: "Trần Văn Hùng", agencyCode: PHUONG_TRAN_BIEN, roles: ["processor"] },
  { username: "tranbien.manager", fullName: "Lê Thị Hạnh", agencyCode: PHUONG_TRAN_BIEN, roles: ["manager"] },
  { username: "tuphap.desk", fullName: "Phạm Minh Châu", agencyCode: SO_TU_PHAP, roles: ["desk"] },
  { username: "tuphap.processor", fullName: "Võ Quốc Bảo", agencyCode: SO_TU_PHAP, roles: ["processor"] },
  { username: "tuphap.manager", fullName: "Đặng Thị Lan", agencyCode: SO_TU_PHAP, roles: ["manager"] },
  { username: "congan.desk", fullName: "Hoàng Văn Nam", agencyCode: CONG_AN_TINH, roles: ["desk"] },
  { username: "congan.processor", fullName: "Bùi Thị Mai", agencyCode: CONG_AN_TINH, roles: ["processor"] },
  { username: "congan.manager", fullName: "Lý Quang Vinh", agencyCode: CONG_AN_TINH, roles: ["manager"] },
  { username: "trungtam.desk", fullName: "Ngô Thị Phương", agencyCode: TRUNG_TAM, roles: ["desk"] },
  { username: "trungtam.manager", fullName: "Huỳnh Minh Tâm", agencyCode: TRUNG_TAM, roles: ["manager"] },
];

/**
 * Creates the demo officers that are missing, for local runs and demos; agencies absent from the
 * catalog are skipped. Refuses to run in production, where a published password is an open door.
 */
export async function seedDemoOfficers(db: Db, options: { nodeEnv: string | undefined; logger?: Logger }): Promise<number> {
  if (options.nodeEnv === "production") throw new Error("demo officers must never be created in production");
  const agencies = new Set((await db.select({ code: agency.code }).from(agency)).map((a) => a.code));
  const existing = await existingUsernames(db, demoOfficers.map((o) => o.username));
  const missing = demoOfficers.filter((o) => agencies.has(o.agencyCode) && !existing.has(o.username));
  for (const o of missing) await insertOfficer(db, { ...o, passwordHash: await hashPassword(DEMO_PASSWORD) });
  if (missing.length) options.logger?.info({ usernames: missing.map((o) => o.username) }, "seeded demo officers");
  return missing.length;
}
