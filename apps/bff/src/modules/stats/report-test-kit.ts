import { randomUUID } from "node:crypto";
import type { Db } from "../../db/client.ts";
import { agency, citizen } from "../../db/schema/index.ts";
import { truncate } from "../../test/db.ts";
import type { CatalogSnapshot } from "../catalog/catalog-snapshot.ts";

export const A = "000.99.99.H19"; // the factory's agency
export const B = "000.98.98.H19";
export const KHAI_SINH = "1.001193";
export const HO_KINH_DOANH = "1.001612";
/** Vietnam wall-clock time "YYYY-MM-DDTHH:MM" as an instant. */
export const vn = (local: string) => new Date(`${local}+07:00`);

/** Names for the reports' rows: both agencies, and the birth registration among the procedures. */
export const catalog = {
  snapshot: () =>
    ({
      agencies: new Map([
        [A, { name: "Cơ quan thử nghiệm" }],
        [B, { name: "UBND phường Thử" }],
      ]),
      byCode: new Map([[KHAI_SINH, { procedure: { name: "Đăng ký khai sinh" } }]]),
    }) as unknown as CatalogSnapshot,
};

/** Empties `tables`, makes sure agency B exists and adds the citizen who owns the test's dossiers; returns the citizen's id. */
export async function resetReportData(db: Db, tables: string[]): Promise<string> {
  await truncate(db, tables);
  await db.insert(agency).values({ code: B, name: "UBND phường Thử", level: "COMMUNE" }).onConflictDoNothing();
  const [row] = await db.insert(citizen).values({ zaloId: `zalo-${randomUUID()}` }).returning();
  return row!.id;
}
