import { randomUUID } from "node:crypto";
import type { OfficerRole } from "@motcua/contracts";
import { insertOfficer } from "../modules/desk/officers.repo.ts";
import { hashPassword } from "../modules/desk/password.ts";
import type { Services } from "../services.ts";

/** What every test officer can sign in with. */
export const OFFICER_PASSWORD = "MotCua@2026";

/** One scrypt hash for every test officer: deriving one per officer would dominate the run time. */
let passwordHash: Promise<string> | undefined;

export interface TestOfficer {
  id: string;
  username: string;
  /** A live session's bearer token, so tests need not sign in through the route. */
  token: string;
}

/** An officer of `agencyCode` straight in the database, with a session already issued. */
export async function insertTestOfficer(
  services: Pick<Services, "database" | "sessions">,
  roles: OfficerRole[],
  agencyCode: string,
  username = `can.bo.${randomUUID().slice(0, 8)}`,
): Promise<TestOfficer> {
  passwordHash ??= hashPassword(OFFICER_PASSWORD);
  const row = await insertOfficer(services.database.db, { username, passwordHash: await passwordHash, fullName: "Cán bộ thử nghiệm", agencyCode, roles });
  return { id: row.id, username, token: (await services.sessions.issue("officer", row.id)).token };
}
