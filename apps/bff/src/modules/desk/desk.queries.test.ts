import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { DeskDossierDetail, DeskDossierList, Problem } from "@motcua/contracts";
import { idReveal } from "../../db/schema/index.ts";
import { dbKinds } from "../../test/db.ts";
import { deskHarnessPerSuite } from "../../test/desk-harness.ts";
import { tinyJpeg, uploadFile } from "../../test/dossier-fixtures.ts";

describe.each(dbKinds)("desk dossier queries, ID reveal and downloads over HTTP (%s)", (kind) => {
  const h = deskHarnessPerSuite(kind);

  const list = async (token: string, query = "") => {
    const res = await h.call("GET", `/desk/dossiers${query}`, token);
    expect(res.status).toBe(200);
    return (await res.json()) as DeskDossierList;
  };

  /** Two accepted filings and a fresh one in agency A, plus one transferred away to agency B. */
  async function threeFilings() {
    const officer = await h.officer(["admin"]);
    const binh = await h.file();
    const cuong = await h.file({ fullName: "Trần Văn Cường", phone: "0987 654 321", idNumber: "075190005678" });
    const fresh = await h.file({ fullName: "Lê Thị Dung" });
    const away = await h.file({ fullName: "Hoàng Văn Em" });
    const accepted = await h.step(officer.token, binh.id, "accept");
    await h.step(officer.token, cuong.id, "accept");
    await h.step(officer.token, away.id, "accept");
    await h.step(officer.token, away.id, "transfer", { agencyCode: h.agencyB, reason: "Đúng thẩm quyền phường khác" });
    return { officer, binh: binh.id, cuong: cuong.id, fresh: fresh.id, officialCode: accepted.officialCode!, reference: accepted.reference };
  }

  it("lists only the agency's dossiers, new filings first then by due date, with masked IDs", async () => {
    const f = await threeFilings();
    const res = await h.call("GET", "/desk/dossiers", f.officer.token);
    const text = await res.text();
    const page = JSON.parse(text) as DeskDossierList;
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(page.items.map((d) => d.id)).toEqual([f.fresh, f.binh, f.cuong]);
    expect(page.items[1]).toMatchObject({ applicantName: "Nguyễn Thị Bình", applicantPhone: "+84912345678", idNumberMasked: "********1234", overdue: false });
    expect(text).not.toContain("075190001234");
  });

  it("filters by status and overdue, and pages", async () => {
    const f = await threeFilings();
    expect((await list(f.officer.token, "?status=SUBMITTED")).items.map((d) => d.id)).toEqual([f.fresh]);
    expect((await list(f.officer.token, "?overdue=true")).total).toBe(0);

    h.clock.offsetMs = 90 * 86_400_000;
    const overdue = await list(f.officer.token, "?overdue=true");
    expect(overdue.items.map((d) => [d.id, d.overdue])).toEqual([
      [f.binh, true],
      [f.cuong, true],
    ]);
    expect((await list(f.officer.token, "?overdue=false")).items.map((d) => d.id)).toEqual([f.fresh]);

    const second = await list(f.officer.token, "?page=2&pageSize=1");
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(second.items.map((d) => d.id)).toEqual([f.binh]);
    for (const bad of ["?pageSize=1000", "?status=DONE", "?overdue=yes", "?sort=name"]) {
      expect(((await (await h.call("GET", `/desk/dossiers${bad}`, f.officer.token)).json()) as Problem).code).toBe("BAD_REQUEST");
    }
  });

  it.each([
    ["a name typed without diacritics", () => "tran van cuong", "cuong"],
    ["a name in capitals with diacritics", () => "CƯỜNG", "cuong"],
    ["a phone typed the local way", () => "0987 654 321", "cuong"],
    ["a full citizen ID", () => "075190005678", "cuong"],
    ["a reference in lower case", (f: { reference: string }) => f.reference.toLowerCase(), "binh"],
    ["an official code", (f: { officialCode: string }) => f.officialCode, "binh"],
  ] as const)("searches by %s", async (_label, q, expected) => {
    const f = await threeFilings();
    const found = await list(f.officer.token, `?q=${encodeURIComponent(q(f))}`);
    expect(found.items.map((d) => d.id)).toEqual([f[expected]]);
  });

  it("treats LIKE wildcards in a search as plain text", async () => {
    const f = await threeFilings();
    expect((await list(f.officer.token, `?q=${encodeURIComponent("%")}`)).total).toBe(0);
    expect((await list(f.officer.token, `?q=${encodeURIComponent("_")}`)).total).toBe(0);
  });

  it("shows the detail with a masked ID and ETag; reveals the full ID only with a reason, audited and logged without it", async () => {
    const desk = await h.officer(["desk"]);
    const { id } = await h.file();
    const res = await h.call("GET", `/desk/dossiers/${id}`, desk.token);
    expect(res.headers.get("etag")).toBe('"v1"');
    const text = await res.text();
    expect(text).not.toContain("075190001234");
    const detail = JSON.parse(text) as DeskDossierDetail;
    expect(detail.applicant.idNumberMasked).toBe("********1234");
    expect(detail).toMatchObject({ allowedActions: ["accept", "refuse", "request_supplement"], timeline: [{ action: "submit", actorType: "citizen" }] });

    const missingReason = await h.call("POST", `/desk/dossiers/${id}/reveal-id`, desk.token, {});
    expect(missingReason.status).toBe(422);
    expect(await h.count("id_reveal")).toBe(0);

    const revealed = await h.call("POST", `/desk/dossiers/${id}/reveal-id`, desk.token, { reason: "Đối chiếu với CCCD bản gốc tại quầy" });
    expect(revealed.status).toBe(200);
    expect(revealed.headers.get("cache-control")).toContain("no-store");
    expect(await revealed.json()).toEqual({ idNumber: "075190001234" });
    const audit = await h.db.select().from(idReveal).where(eq(idReveal.dossierId, id));
    expect(audit).toEqual([expect.objectContaining({ officerId: desk.id, reason: "Đối chiếu với CCCD bản gốc tại quầy", field: null })]);
    expect(h.logLines.some((l) => l.includes("citizen ID revealed") && l.includes(desk.id))).toBe(true);
    expect(h.logLines.join("\n")).not.toContain("075190001234");
    expect(await h.count("dossier_event")).toBe(1);
  });

  it("masks IDs given in the form like the applicant's and reveals one only by its field, audited with the field", async () => {
    const desk = await h.officer(["desk"]);
    const { id, body } = await h.file();
    const idField = h.procedure.form.fields.find((f) => f.type === "id_number")!.key;
    const textField = h.procedure.form.fields.find((f) => f.type === "text")!.key;
    const formId = body.answers[idField] as string;
    const res = await h.call("GET", `/desk/dossiers/${id}`, desk.token);
    const text = await res.text();
    expect(text).not.toContain(formId);
    expect((JSON.parse(text) as DeskDossierDetail).answers[idField]).toBe(`********${formId.slice(-4)}`);

    for (const field of [textField, "khongCoTruongNay", "constructor"]) {
      const refused = await h.call("POST", `/desk/dossiers/${id}/reveal-id`, desk.token, { reason: "Đối chiếu giấy tờ", field });
      expect(refused.status, field).toBe(404);
      expect(((await refused.json()) as Problem).code).toBe("NOT_FOUND");
    }
    expect(await h.count("id_reveal")).toBe(0);

    const revealed = await h.call("POST", `/desk/dossiers/${id}/reveal-id`, desk.token, { reason: "Đối chiếu giấy khai sinh của mẹ", field: idField });
    expect(revealed.status).toBe(200);
    expect(revealed.headers.get("cache-control")).toContain("no-store");
    expect(await revealed.json()).toEqual({ idNumber: formId });
    const audit = await h.db.select().from(idReveal).where(eq(idReveal.dossierId, id));
    expect(audit).toEqual([expect.objectContaining({ officerId: desk.id, field: idField })]);
    expect(h.logLines.some((l) => l.includes("citizen ID revealed") && l.includes(idField))).toBe(true);
    expect(h.logLines.join("\n")).not.toContain(formId);
  });

  it("downloads attachments of the agency's dossiers as attachments, and nothing else", async () => {
    const desk = await h.officer(["desk"]);
    const { id, citizenToken } = await h.file();
    const detail = (await (await h.call("GET", `/desk/dossiers/${id}`, desk.token)).json()) as DeskDossierDetail;
    const document = detail.documents[0]!;
    const res = await h.call("GET", `/desk/uploads/${document.uploadId}`, desk.token);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("sandbox");
    expect((await res.arrayBuffer()).byteLength).toBe(document.size);

    const unattached = await uploadFile(h.app.server.url, citizenToken, "chua-nop.jpg", tinyJpeg);
    expect((await h.call("GET", `/desk/uploads/${unattached}`, desk.token)).status).toBe(404);
  });
});
