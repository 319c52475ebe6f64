import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { DeskDossierDetail, Problem } from "@motcua/contracts";
import { dbKinds } from "../../test/db.ts";
import { deskHarnessPerSuite } from "../../test/desk-harness.ts";
import { expectProblem } from "../../test/problem.ts";

describe.each(dbKinds)("desk transitions refused over HTTP (%s)", (kind) => {
  const h = deskHarnessPerSuite(kind);

  const versionOf = async (token: string, id: string) => ((await (await h.call("GET", `/desk/dossiers/${id}`, token)).json()) as DeskDossierDetail).version;

  it("requires If-Match (428) and refuses a stale or foreign one (412), changing nothing", async () => {
    const desk = await h.officer(["desk"]);
    const { id } = await h.file();
    await expectProblem(await h.act(desk.token, id, "accept", {}, null), 428, "PRECONDITION_REQUIRED");
    await expectProblem(await h.act(desk.token, id, "accept", {}, null, { "If-Match": "*" }), 412, "PRECONDITION_FAILED");
    await expectProblem(await h.act(desk.token, id, "accept", {}, 7), 412, "PRECONDITION_FAILED");
    expect(await versionOf(desk.token, id)).toBe(1);

    expect((await h.act(desk.token, id, "accept", {}, 1)).status).toBe(200);
    await expectProblem(await h.act(desk.token, id, "request_supplement", { items: [{ note: "Thiếu ảnh" }] }, 1), 412, "PRECONDITION_FAILED");
    expect(await h.count("dossier_event")).toBe(2);
    expect(await h.count("daily_sequence", "last = 1")).toBe(1);
  });

  it("refuses a transition the state does not allow with 409, consuming no official number", async () => {
    const desk = await h.officer(["desk"]);
    const processor = await h.officer(["processor"]);
    const { id } = await h.file();
    const problem = await expectProblem(await h.act(processor.token, id, "start_processing", {}, 1), 409, "ILLEGAL_TRANSITION");
    expect(problem.detail).toBe('Không thể "Chuyển xử lý" khi hồ sơ đang ở trạng thái "Đã nộp, chờ tiếp nhận".');
    await expectProblem(await h.act(desk.token, id, "deliver", {}, 1), 409, "ILLEGAL_TRANSITION");
    await h.step(desk.token, id, "refuse", { reason: "Không thuộc thẩm quyền" });
    await expectProblem(await h.act(desk.token, id, "accept", {}, 2), 409, "ILLEGAL_TRANSITION");
    expect(await h.count("daily_sequence")).toBe(0);
  });

  it("forbids actions outside the officer's roles (403); managers may do both sides", async () => {
    const desk = await h.officer(["desk"]);
    const processor = await h.officer(["processor"]);
    const manager = await h.officer(["manager"]);
    const { id } = await h.file();
    await expectProblem(await h.act(processor.token, id, "accept", {}, 1), 403, "FORBIDDEN");
    expect((await h.act(desk.token, id, "accept", {}, 1)).status).toBe(200);
    await expectProblem(await h.act(desk.token, id, "start_processing", {}, 2), 403, "FORBIDDEN");
    await expectProblem(await h.act(desk.token, id, "transfer", { agencyCode: h.agencyB, reason: "Sai thẩm quyền" }, 2), 403, "FORBIDDEN");
    expect((await h.act(manager.token, id, "start_processing", {}, 2)).status).toBe(200);
    await expectProblem(await h.act(desk.token, id, "extend", { dueAt: new Date(Date.now() + 9e9).toISOString(), reason: "Chậm do xác minh" }, 3), 403, "FORBIDDEN");
  });

  it("lets no officer read or act on another agency's dossier (404 everywhere, absent from lists)", async () => {
    const own = await h.officer(["admin"]);
    const stranger = await h.officer(["admin"], h.agencyB);
    const { id } = await h.file();
    const detail = (await (await h.call("GET", `/desk/dossiers/${id}`, own.token)).json()) as DeskDossierDetail;
    const uploadId = detail.documents[0]!.uploadId;

    await expectProblem(await h.call("GET", `/desk/dossiers/${id}`, stranger.token), 404, "NOT_FOUND");
    await expectProblem(await h.act(stranger.token, id, "accept", {}, 1), 404, "NOT_FOUND");
    await expectProblem(await h.act(stranger.token, id, "refuse", { reason: "Không thuộc thẩm quyền" }, 1), 404, "NOT_FOUND");
    await expectProblem(await h.call("POST", `/desk/dossiers/${id}/reveal-id`, stranger.token, { reason: "Đối chiếu giấy tờ" }), 404, "NOT_FOUND");
    await expectProblem(await h.call("GET", `/desk/uploads/${uploadId}`, stranger.token), 404, "NOT_FOUND");
    const list = (await (await h.call("GET", "/desk/dossiers", stranger.token)).json()) as { items: unknown[]; total: number };
    expect(list).toMatchObject({ items: [], total: 0 });
    await expectProblem(await h.call("GET", `/desk/dossiers/${randomUUID()}`, own.token), 404, "NOT_FOUND");

    expect(await versionOf(own.token, id)).toBe(1);
    expect(await h.count("id_reveal")).toBe(0);
  });

  it("answers an unknown action or a malformed id with 400, and a bad body with 400/415/422", async () => {
    const desk = await h.officer(["admin"]);
    const { id } = await h.file();
    await expectProblem(await h.act(desk.token, id, "approve_everything", {}, 1), 400, "BAD_REQUEST");
    await expectProblem(await h.act(desk.token, "not-a-uuid", "accept", {}, 1), 400, "BAD_REQUEST");
    await expectProblem(await h.act(desk.token, id, "accept", "{", 1), 400, "MALFORMED_JSON");
    await expectProblem(await h.act(desk.token, id, "accept", "[]", 1), 422, "VALIDATION_FAILED");
    await expectProblem(await h.act(desk.token, id, "accept", { status: "DELIVERED" }, 1), 422, "UNKNOWN_FIELD");
    const plain = await h.call("POST", `/desk/dossiers/${id}/actions/accept`, desk.token, undefined, { "Content-Type": "text/plain", "If-Match": '"v1"' });
    await expectProblem(plain, 415, "UNSUPPORTED_MEDIA_TYPE");
    await expectProblem(await h.act(desk.token, id, "accept", {}, 1, { "Idempotency-Key": "short" }), 400, "BAD_REQUEST");
    expect(await versionOf(desk.token, id)).toBe(1);
  });

  it.each([
    ["refuse without a reason", "refuse", {}, "reason"],
    ["refuse with a reason too short", "refuse", { reason: "ab" }, "reason"],
    ["a supplement request naming nothing", "request_supplement", { items: [] }, "items"],
    ["stop without a reason", "stop", {}, "reason"],
  ])("validates %s (422 with the field)", async (_label, action, body, field) => {
    const admin = await h.officer(["admin"]);
    const { id } = await h.file();
    const version = action === "stop" ? (await h.step(admin.token, id, "accept"), 2) : 1;
    const problem = await expectProblem(await h.act(admin.token, id, action, body, version), 422, "VALIDATION_FAILED");
    expect(problem.errors?.some((e) => e.field.startsWith(field) && e.message)).toBe(true);
  });

  it("validates the processing bodies: amount, new date, target agency, VNPost number", async () => {
    const admin = await h.officer(["admin"]);
    const { id } = await h.file();
    await h.step(admin.token, id, "accept");
    const inProgress = await h.step(admin.token, id, "start_processing");
    const v = inProgress.version;
    const field = async (res: Response, name: string, code?: string) => {
      const problem = await expectProblem(res, 422, "VALIDATION_FAILED");
      expect(problem.errors?.find((e) => e.field === name)).toMatchObject(code ? { code } : {});
    };
    await field(await h.act(admin.token, id, "request_payment", { amount: 0 }, v), "amount");
    const earlier = new Date(new Date(inProgress.dueAt!).getTime() - 86_400_000).toISOString();
    await field(await h.act(admin.token, id, "extend", { dueAt: earlier, reason: "Chậm do xác minh" }, v), "dueAt", "NOT_LATER");
    await field(await h.act(admin.token, id, "extend", { dueAt: "2030-01-01T10:00:00", reason: "Thiếu múi giờ" }, v), "dueAt");
    await field(await h.act(admin.token, id, "transfer", { agencyCode: "000.99.99.H19", reason: "Chuyển nhầm" }, v), "agencyCode", "UNKNOWN_AGENCY");
    await field(await h.act(admin.token, id, "transfer", { agencyCode: h.agencyA, reason: "Chuyển nhầm" }, v), "agencyCode", "SAME_AGENCY");
    await h.step(admin.token, id, "result_ready", { documents: [{ name: "Trích lục khai sinh" }] });
    await field(await h.act(admin.token, id, "dispatch", { trackingNumber: "123" }, v + 1), "trackingNumber");
  });

  it("replays an action sent again with the same Idempotency-Key; the key with another version is refused", async () => {
    const desk = await h.officer(["desk"]);
    const { id } = await h.file();
    const key = randomUUID();
    const first = await h.act(desk.token, id, "accept", { note: "Đủ" }, 1, { "Idempotency-Key": key });
    const again = await h.act(desk.token, id, "accept", { note: "Đủ" }, 1, { "Idempotency-Key": key });
    expect(again.status).toBe(200);
    expect(again.headers.get("etag")).toBe('"v2"');
    expect(await again.json()).toEqual(await first.json());
    await expectProblem(await h.act(desk.token, id, "accept", { note: "Đủ" }, 2, { "Idempotency-Key": key }), 422, "IDEMPOTENCY_KEY_REUSED");
    expect(await h.count("dossier_event")).toBe(2);
    expect(await h.count("outbox")).toBe(2);
  });

  it("lets exactly one of twenty officers racing the same action and If-Match win: one event, one notification, one number", async () => {
    const officers = await Promise.all(Array.from({ length: 20 }, () => h.officer(["desk"])));
    const { id } = await h.file();
    const results = await Promise.all(officers.map((o) => h.act(o.token, id, "accept", {}, 1)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(19);
    for (const r of results.filter((r) => r.status === 412)) expect(((await r.json()) as Problem).code).toBe("PRECONDITION_FAILED");
    const winner = (await results.find((r) => r.status === 200)!.json()) as DeskDossierDetail;
    expect(winner.officialCode).toMatch(/-0001$/);
    expect(await h.count("dossier_event", "action = 'accept'")).toBe(1);
    expect(await h.count("outbox")).toBe(2);
    expect(await h.count("daily_sequence", "last = 1")).toBe(1);
  });
});
