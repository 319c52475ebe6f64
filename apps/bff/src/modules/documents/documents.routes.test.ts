import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import QRCode from "qrcode";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Problem } from "@motcua/contracts";
import type { Database, Db } from "../../db/client.ts";
import { procedures } from "../../db/seed/catalog/index.ts";
import { citizen, dossier, dossierEvent, procedureVersion, upload } from "../../db/schema/index.ts";
import { dbKinds, testDatabase, truncate } from "../../test/db.ts";
import { insertDossierRow } from "../../test/factories.ts";
import { memoryLogger } from "../../test/logger.ts";
import { mountForTest } from "../../test/module-app.ts";
import { createAdminUnits } from "../admin-units/admin-units.ts";
import { findProcedureVersion } from "../catalog/catalog.repo.ts";
import type { CatalogSnapshot } from "../catalog/catalog-snapshot.ts";
import { hashLookupSecret } from "../dossiers/dossier-codes.ts";
import type { DossierPatch } from "../dossiers/transition.repo.ts";
import { documentsRoutes } from "./documents.routes.ts";
import { createDocumentsService } from "./documents.service.ts";

const AGENCY = "000.99.99.H19"; // the factory's agency
const BASE_URL = "https://motcua.example.vn/";
const HOSTILE = `<script>alert("x")</script>Nguyễn Văn A`;
const procedure = procedures.find((p) => p.code === "1.001193")!;
const vn = (local: string) => new Date(`${local}+07:00`);

const catalog = {
  snapshot: () =>
    ({
      agencies: new Map([[AGENCY, { name: "UBND phường Bình Phước", address: "Số 1 đường A & B, phường Bình Phước", phone: "0271 3888 999" }]]),
    }) as unknown as CatalogSnapshot,
  procedureVersion: async (db: Db, code: string, version: number) => (await findProcedureVersion(db, code, version))!,
};

/** The receipt's QR code must be exactly the code QRCode draws for the tracking URL. */
async function expectQrFor(page: string, url: string) {
  const svg = /<svg[\s\S]*?<\/svg>/.exec(page)?.[0];
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
  expect(svg).toBe((await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 })).trim());
}

describe.each(dbKinds)("printable documents (%s)", (kind) => {
  let database: Database;
  let citizenId: string;
  const { logger } = memoryLogger();

  beforeAll(async () => {
    database = await testDatabase(kind);
  });
  beforeEach(async () => {
    await truncate(database.db, ["dossier_event", "outbox", "upload", "dossier", "citizen"]);
    await database.db.insert(procedureVersion).values({ code: procedure.code, version: procedure.version.number, content: procedure }).onConflictDoNothing();
    const [row] = await database.db.insert(citizen).values({ zaloId: `zalo-${randomUUID()}` }).returning();
    citizenId = row!.id;
  });

  const app = () => {
    const db = database.db;
    const documents = createDocumentsService({ db, catalog, adminUnits: createAdminUnits(), publicBaseUrl: BASE_URL, place: "Đồng Nai" });
    return mountForTest(
      documentsRoutes({
        documents,
        requireOfficer: async (_c, next) => {
          await next();
        },
        officerOf: (c) => ({ agencyCode: c.req.header("x-test-agency") ?? AGENCY }),
        loadDossier: async (id, officer) => {
          const [row] = await db.select().from(dossier).where(and(eq(dossier.id, id), eq(dossier.agencyCode, officer.agencyCode)));
          return row;
        },
      }),
      logger,
    );
  };
  const get = (id: string, kind: string, query = "", agency = AGENCY) =>
    app().request(`/api/v1/desk/dossiers/${id}/documents/${kind}${query}`, { headers: { "x-test-agency": agency } });

  async function given(patch: DossierPatch & { status?: typeof dossier.$inferSelect.status }): Promise<typeof dossier.$inferSelect> {
    const id = await insertDossierRow(database.db, citizenId);
    const [row] = await database.db
      .update(dossier)
      .set({ procedureVersion: procedure.version.number, applicant: { fullName: HOSTILE, dateOfBirth: "1990-01-01", phone: "+84912345678", address: { street: "12 Lê Lợi", wardCode: "25195", provinceCode: "75" } }, ...patch })
      .where(eq(dossier.id, id))
      .returning();
    return row!;
  }

  const received = (officialCode = "000.99.99.H19-260302-0007") => ({
    status: "RECEIVED" as const,
    officialCode,
    receivedAt: vn("2026-03-02T09:00"),
    dueAt: vn("2026-03-06T17:00"),
  });

  async function event(dossierId: string, action: string, at: string, toStatus: typeof dossier.$inferSelect.status, note: string | null, data?: Record<string, unknown>) {
    await database.db.insert(dossierEvent).values({ dossierId, at: vn(at), actorType: "officer", action, toStatus, note, data: data ?? null });
  }

  async function expectPage(res: Response): Promise<string> {
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=UTF-8");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const page = await res.text();
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(page).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(page).toContain("UBND phường Bình Phước");
    expect(page).toContain("Số 1 đường A &amp; B, phường Bình Phước");
    expect(page).toContain("@media print");
    expect(page).toContain("size: A4");
    expect(page).not.toContain("<script");
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;Nguyễn Văn A");
    expect(page).toContain("12 Lê Lợi, Phường Bình Phước, Thành phố Đồng Nai");
    return page;
  }

  async function expectProblem(res: Response, status: number, code: string) {
    expect(res.status).toBe(status);
    expect(((await res.json()) as Problem).code).toBe(code);
  }

  describe("receipt (Mẫu 01)", () => {
    it("prints the code, applicant, received documents with their counts, times, return method and a QR to the tracking page", async () => {
      const row = await given(received());
      for (const requirementId of ["to-khai", "giay-chung-nhan-ket-hon"]) {
        await database.db.insert(upload).values({
          citizenId,
          dossierId: row.id,
          requirementId,
          storageKey: randomUUID(),
          displayName: "a.pdf",
          contentType: "application/pdf",
          kind: "pdf",
          size: 9,
          sha256: "0".repeat(64),
          expiresAt: vn("2026-03-03T09:00"),
        });
      }
      const page = await expectPage(await get(row.id, "receipt"));
      expect(page).toContain("Mẫu số 01");
      expect(page).toContain("Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
      expect(page).toContain("Mã hồ sơ: 000.99.99.H19-260302-0007");
      expect(page).toContain("Số: 000.99.99.H19-260302-0007");
      expect(page).toContain("Đồng Nai, ngày 02 tháng 03 năm 2026");
      expect(page).toContain("Đăng ký khai sinh");
      expect(page).toContain('<td>Tờ khai đăng ký khai sinh</td><td class="n">1</td><td class="n">0</td>');
      expect(page).toMatch(/<td>Giấy chứng nhận kết hôn của cha, mẹ [^<]*<\/td><td class="n">0<\/td><td class="n">1<\/td>/);
      expect(page).not.toContain("Văn bản ủy quyền");
      expect(page).toContain("trong ngày làm việc");
      expect(page).toContain("09 giờ 00 phút, ngày 02 tháng 03 năm 2026");
      expect(page).toContain("17 giờ 00 phút, ngày 06 tháng 03 năm 2026");
      expect(page).toContain("trực tiếp tại UBND phường Bình Phước, Số 1 đường A &amp; B");
      expect(page).not.toContain("Mã tra cứu:");
      await expectQrFor(page, "https://motcua.example.vn/tra-cuu?code=000.99.99.H19-260302-0007");
    });

    it("prints the lookup secret and puts it in the QR only when given the right one", async () => {
      const seed = await given(received());
      const [row] = await database.db.update(dossier).set({ lookupSecretHash: hashLookupSecret(seed.reference, "K7P9QX") }).where(eq(dossier.id, seed.id)).returning();
      const page = await expectPage(await get(row!.id, "receipt", "?secret=K7P9QX"));
      expect(page).toContain("Mã tra cứu: <strong>K7P9QX</strong>");
      await expectQrFor(page, "https://motcua.example.vn/tra-cuu?code=000.99.99.H19-260302-0007&secret=K7P9QX");
      expect(await (await get(row!.id, "receipt", "?secret=k7p9-qx")).text()).toContain("Mã tra cứu: <strong>K7P9QX</strong>");
      await expectProblem(await get(row!.id, "receipt", "?secret=WRONG1"), 400, "BAD_REQUEST");
    });

    it("names the postal address when the result goes by post", async () => {
      const row = await given({
        ...received(),
        delivery: { method: "post", address: { street: "5 Hà Huy Giáp", wardCode: "25195", provinceCode: "75", recipient: "Trần <b>B</b>", phone: "+84987654321" } },
      });
      const page = await expectPage(await get(row.id, "receipt"));
      expect(page).toContain("qua dịch vụ bưu chính công ích, gửi đến Trần &lt;b&gt;B&lt;/b&gt; (+84987654321), 5 Hà Huy Giáp, Phường Bình Phước, Thành phố Đồng Nai");
    });

    it("is a conflict before the dossier is received", async () => {
      await expectProblem(await get((await given({})).id, "receipt"), 409, "CONFLICT");
    });
  });

  it("supplement request (Mẫu 02) lists what is missing and why", async () => {
    const row = await given({
      ...received(),
      status: "AWAITING_SUPPLEMENT",
      supplementRequest: {
        items: [
          { requirementId: "giay-chung-sinh", note: "Ảnh chụp bị mờ <img src=x>" },
          { requirementId: null, note: "Ghi rõ quê quán của mẹ" },
        ],
        note: "Thiếu thông tin bắt buộc",
        requestedAt: vn("2026-03-03T10:00").toISOString(),
      },
    });
    const page = await expectPage(await get(row.id, "supplement-request"));
    expect(page).toContain("Mẫu số 02");
    expect(page).toContain("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ");
    expect(page).toContain("Số: 000.99.99.H19-260302-0007/BS");
    expect(page).toContain("Đồng Nai, ngày 03 tháng 03 năm 2026");
    expect(page).toMatch(/<td>Giấy chứng sinh;[^<]*<\/td><td>Ảnh chụp bị mờ &lt;img src=x&gt;<\/td>/);
    expect(page).toContain("<td>—</td><td>Ghi rõ quê quán của mẹ</td>");
    expect(page).toContain("Lý do: Thiếu thông tin bắt buộc");
    expect(page).toContain("số điện thoại 0271 3888 999");

    await expectProblem(await get((await given(received("000.99.99.H19-260302-0008"))).id, "supplement-request"), 409, "CONFLICT");
  });

  it("refusal (Mẫu 03) gives the reason, and applies only to a refused dossier", async () => {
    const row = await given({ status: "REFUSED" });
    await event(row.id, "refuse", "2026-03-02T14:00", "REFUSED", "Thủ tục không thuộc thẩm quyền của phường <b>");
    const page = await expectPage(await get(row.id, "refusal"));
    expect(page).toContain("Mẫu số 03");
    expect(page).toContain("Phiếu từ chối tiếp nhận giải quyết hồ sơ");
    expect(page).toContain(`Số: ${row.reference}/TC`);
    expect(page).toContain(`<p class="subtitle">Mã hồ sơ: ${row.reference}</p>`);
    expect(page).toContain("Thủ tục không thuộc thẩm quyền của phường &lt;b&gt;");
    expect(page).toContain("Đồng Nai, ngày 02 tháng 03 năm 2026");

    await expectProblem(await get((await given(received())).id, "refusal"), 409, "CONFLICT");
  });

  it("apology (Mẫu 04) gives the reason and the new date, and applies only after an extension", async () => {
    const row = await given({ ...received(), status: "IN_PROGRESS", dueAt: vn("2026-03-11T17:00") });
    await event(row.id, "extend", "2026-03-06T15:00", "IN_PROGRESS", "Chờ kết quả xác minh của cơ quan khác", { dueAt: vn("2026-03-11T16:00").toISOString() });
    const page = await expectPage(await get(row.id, "apology"));
    expect(page).toContain("Mẫu số 04");
    expect(page).toContain("Phiếu xin lỗi và hẹn lại ngày trả kết quả");
    expect(page).toContain("Số: 000.99.99.H19-260302-0007/XL");
    expect(page).toContain("Vào ngày 02 tháng 03 năm 2026");
    expect(page).toContain("Chờ kết quả xác minh của cơ quan khác");
    expect(page).toContain("16 giờ 00 phút, ngày 11 tháng 03 năm 2026");
    expect(page).toContain("Đồng Nai, ngày 06 tháng 03 năm 2026");

    await expectProblem(await get((await given(received("000.99.99.H19-260302-0008"))).id, "apology"), 409, "CONFLICT");
  });

  it("is 404 for an unknown dossier or another agency's, and 400 for an unknown kind", async () => {
    await expectProblem(await get(randomUUID(), "receipt"), 404, "NOT_FOUND");
    const row = await given(received());
    await expectProblem(await get(row.id, "receipt", "", "000.01.51.H19"), 404, "NOT_FOUND");
    await expectProblem(await get(row.id, "certificate"), 400, "BAD_REQUEST");
    await expectProblem(await get("not-a-uuid", "receipt"), 400, "BAD_REQUEST");
  });
});
