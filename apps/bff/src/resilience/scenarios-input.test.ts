import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { officerRoles, type DossierCreated, type SubmitDossierRequest } from "@motcua/contracts";
import { dossier } from "../db/schema/index.ts";
import { startAppHarness } from "../test/app-harness.ts";
import { dbKinds, truncate } from "../test/db.ts";
import { harnessPerSuite } from "../test/harness-per-suite.ts";
import {
  apiOperations,
  callApi,
  expectProblem,
  filingTables,
  officerToken,
  readyFiling,
  rowCount,
  submitDossier,
} from "./scenario-kit.ts";
import { birthRegistration } from "../test/dossier-fixtures.ts";

const deepArray = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const deepObject = (depth: number) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth);

/** The filing as JSON text with one member's value replaced by raw JSON, escapes and all. */
function withRaw(body: SubmitDossierRequest, path: string[], rawValue: string): string {
  const marker = `__raw_${randomUUID()}__`;
  const copy = structuredClone(body) as unknown as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1)!] = marker;
  return JSON.stringify(copy).replace(`"${marker}"`, rawValue);
}

describe.each(dbKinds)("bad-input scenarios against the real app (%s)", (kind) => {
  const h = harnessPerSuite(() => startAppHarness(kind), (app) => truncate(app.services.database.db, filingTables));

  const db = () => h.services.database.db;
  const storedDossier = async (id: string) => (await db().select().from(dossier).where(eq(dossier.id, id)))[0]!;

  /** A refused filing leaves nothing: no dossier, claimed key, event or notice, and no 500 logged. */
  async function expectNothingFiled() {
    for (const table of ["dossier", "idempotency_key", "dossier_event", "outbox"]) expect(await rowCount(db(), table), table).toBe(0);
    expect(h.logLines.filter((l) => l.includes("unhandled error"))).toEqual([]);
  }

  async function expectFieldRefused(res: Response, code: string, field: string) {
    const problem = await expectProblem(res, 422, code);
    expect(problem.errors?.map((e) => e.field)).toContain(field);
    return problem;
  }

  it("#6 a filing or draft naming another citizen as owner is 422 UNKNOWN_FIELD; the owner is always the session's citizen", async () => {
    const { token, body } = await readyFiling(h, "Chủ hồ sơ");
    for (const field of ["citizenId", "ownerId", "zaloUserId"]) {
      await expectFieldRefused(await submitDossier(h, token, { ...body, [field]: randomUUID() }), "UNKNOWN_FIELD", field);
    }
    await expectFieldRefused(await callApi(h, "POST", "/me/drafts", token, { procedureCode: "1.001193", data: {}, citizenId: randomUUID() }), "UNKNOWN_FIELD", "citizenId");
    await expectNothingFiled();
    expect(await rowCount(db(), "draft")).toBe(0);

    const created = (await (await submitDossier(h, token, body)).json()) as DossierCreated;
    const me = (await (await callApi(h, "GET", "/me", token)).json()) as { id: string };
    expect((await storedDossier(created.id)).citizenId).toBe(me.id);
  });

  it("#10 every JSON write route answers text/plain, form-encoded, multipart and untyped bodies with 415 UNSUPPORTED_MEDIA_TYPE", async () => {
    const citizen = await h.signIn();
    const officer = await officerToken(h, [...officerRoles], birthRegistration(h).agencyCode);
    const routes = (await apiOperations(h)).filter((op) => op.jsonBody);
    expect(routes.length).toBeGreaterThan(15);
    const failures: string[] = [];
    for (const op of routes) {
      const token = op.path.startsWith("/api/v1/desk/") ? officer : citizen;
      for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", null]) {
        const res = await fetch(`${h.server.url}${op.path}`, {
          method: op.method,
          headers: { Authorization: `Bearer ${token}`, "Idempotency-Key": randomUUID(), "If-Match": '"v1"', ...(type ? { "Content-Type": type } : {}) },
          // Bytes, so fetch adds no Content-Type of its own.
          body: new TextEncoder().encode("{}"),
        });
        const code = /"code":"(\w+)"/.exec(await res.text())?.[1];
        if (res.status !== 415 || code !== "UNSUPPORTED_MEDIA_TYPE") failures.push(`${op.method} ${op.path} as ${type ?? "(none)"} → ${res.status} ${code}`);
      }
    }
    expect(failures).toEqual([]);
    await expectNothingFiled();
  });

  it("#11 citizen IDs of 11 or 13 digits, with letters, spaces, '+' or Arabic-Indic digits are 422 on applicant.idNumber; full-width digits fold to ASCII", async () => {
    const { token, body } = await readyFiling(h);
    const bad = ["07519000123", "0751900012345", "07519000123A", "0751 9000 1234", "+075190001234", "٠٧٥١٩٠٠٠١٢٣٤", "075190001234\u0000"];
    for (const idNumber of bad) {
      const res = await submitDossier(h, token, { ...body, applicant: { ...body.applicant, idNumber } });
      const problem = await expectFieldRefused(res, "VALIDATION_FAILED", "applicant.idNumber");
      expect(JSON.stringify(problem)).not.toContain(idNumber.slice(0, 11));
    }
    await expectNothingFiled();

    const res = await submitDossier(h, token, { ...body, applicant: { ...body.applicant, idNumber: "０７５１９０００１２３４" } });
    expect(res.status).toBe(201);
    const row = await storedDossier(((await res.json()) as DossierCreated).id);
    expect(row.idNumberLast4).toBe("1234");
    expect(row.idNumberHash).toBe(h.services.crypto.blindIndex("075190001234"));
  });

  it("#12 Vietnamese phone numbers in 0…, 84… and +84… forms are stored as E.164; foreign, trunk-after-country and 30-digit numbers are 422", async () => {
    const { token, body } = await readyFiling(h);
    const address = body.applicant.address;
    const bad: [string, (phone: string) => SubmitDossierRequest, string][] = [
      ["+1 415 555 2671", (phone) => ({ ...body, applicant: { ...body.applicant, phone } }), "applicant.phone"],
      ["+84 0912 345 678", (phone) => ({ ...body, applicant: { ...body.applicant, phone } }), "applicant.phone"],
      ["1".repeat(30), (phone) => ({ ...body, applicant: { ...body.applicant, phone } }), "applicant.phone"],
      ["0912", (phone) => ({ ...body, delivery: { method: "post", address: { ...address, recipient: "Nguyễn Thị Bình", phone } } }), "delivery.address.phone"],
    ];
    for (const [phone, mutate, field] of bad) {
      const problem = await expectFieldRefused(await submitDossier(h, token, mutate(phone)), "VALIDATION_FAILED", field);
      expect(JSON.stringify(problem)).not.toContain(phone);
    }
    await expectNothingFiled();

    const res = await submitDossier(h, token, {
      ...body,
      applicant: { ...body.applicant, phone: "0912 345 678" },
      delivery: { method: "post", address: { ...address, recipient: "Nguyễn Thị Bình", phone: "+84 912-345-679" } },
      pickup: { address: { ...address, recipient: "Trần Văn Cường", phone: "84.912.345.670" } },
    });
    expect(res.status).toBe(201);
    const row = await storedDossier(((await res.json()) as DossierCreated).id);
    expect(row.applicant.phone).toBe("+84912345678");
    expect(row.delivery).toMatchObject({ address: { phone: "+84912345679" } });
    expect(row.pickup).toMatchObject({ address: { phone: "+84912345670" } });
  });

  it("#13 over-long, control and bidi characters in names and addresses are 422; NFD is stored as NFC; emoji are kept", async () => {
    const { token, body } = await readyFiling(h);
    const applicant = body.applicant;
    const bad: [Partial<SubmitDossierRequest["applicant"]>, string][] = [
      [{ fullName: "A".repeat(10_000) }, "applicant.fullName"],
      [{ fullName: "Nguyễn\u0007Bình" }, "applicant.fullName"],
      [{ fullName: "Bình\u200fAn" }, "applicant.fullName"],
      [{ address: { ...applicant.address, street: "Đ".repeat(10_000) } }, "applicant.address.street"],
      [{ address: { ...applicant.address, street: "12 Lê Lợi\u202e gnốưĐ" } }, "applicant.address.street"],
      [{ address: { ...applicant.address, street: "12 Lê Lợi\r\nSet-Cookie: x" } }, "applicant.address.street"],
    ];
    for (const [change, field] of bad) {
      await expectFieldRefused(await submitDossier(h, token, { ...body, applicant: { ...applicant, ...change } }), "VALIDATION_FAILED", field);
    }
    await expectNothingFiled();

    const nfd = "Nguye\u0302\u0303n Thi\u0323 Bi\u0300nh";
    const res = await submitDossier(h, token, { ...body, applicant: { ...applicant, fullName: nfd, address: { ...applicant.address, street: "12 Đường Hoa Mai 🌸" } } });
    expect(res.status).toBe(201);
    const row = await storedDossier(((await res.json()) as DossierCreated).id);
    expect(row.applicant.fullName).toBe("Nguyễn Thị Bình");
    expect(row.applicant.fullName).toBe(nfd.normalize("NFC"));
    expect(row.applicant.address.street).toBe("12 Đường Hoa Mai 🌸");
  });

  it("#14 a NUL or a lone surrogate anywhere in a filing or a draft is 422, never a database error", async () => {
    const { token, body } = await readyFiling(h);
    const textField = birthRegistration(h).procedure.form.fields.find((f) => f.type === "text")!.key;
    const cases: [string[], string, string][] = [
      [["applicant", "fullName"], '"An\\u0000Bình"', "applicant.fullName"],
      [["applicant", "fullName"], '"An\\ud800Bình"', "applicant.fullName"],
      [["applicant", "address", "street"], '"12 \\udc00 Lê Lợi"', "applicant.address.street"],
      [["answers", textField], '"Bé\\u0000An"', `answers.${textField}`],
      [["answers", textField], '"Bé\\ud83dAn"', `answers.${textField}`],
    ];
    for (const [path, raw, field] of cases) {
      await expectFieldRefused(await submitDossier(h, token, withRaw(body, path, raw)), "VALIDATION_FAILED", field);
    }
    await expectProblem(await submitDossier(h, token, withRaw(body, ["answers"], `{"\\u0000":"x"}`)), 422, "VALIDATION_FAILED");
    for (const raw of ['{"note":"\\u0000"}', '{"note":"\\ud800"}', '{"\\udfff":1}']) {
      await expectProblem(await callApi(h, "POST", "/me/drafts", token, `{"procedureCode":"1.001193","data":${raw}}`), 422, "VALIDATION_FAILED");
    }
    await expectNothingFiled();
    expect(await rowCount(db(), "draft")).toBe(0);
  });

  it("#15 __proto__ and constructor keys are refused or stripped, duplicate keys collapse to the last, and Object.prototype stays clean", async () => {
    const { token, body } = await readyFiling(h);
    const text = JSON.stringify(body);
    const problem = await expectProblem(await submitDossier(h, token, `{"__proto__":{"polluted":true},${text.slice(1)}`), 422, "UNKNOWN_FIELD");
    expect(problem.errors).toEqual([expect.objectContaining({ field: "__proto__", code: "UNKNOWN_FIELD" })]);
    await expectFieldRefused(await submitDossier(h, token, text.replace('"applicant":{', '"applicant":{"constructor":{"prototype":{"polluted":true}},')), "UNKNOWN_FIELD", "applicant.constructor");
    await expectNothingFiled();

    // Inside free-form answers the key is dropped: only the procedure's own fields are stored.
    const stripped = await submitDossier(h, token, text.replace('"answers":{', '"answers":{"__proto__":{"polluted":true,"isAdmin":true},'));
    expect(stripped.status).toBe(201);
    const row = await storedDossier(((await stripped.json()) as DossierCreated).id);
    expect(Object.keys(row.answers)).not.toContain("__proto__");
    expect(JSON.stringify(row.answers)).not.toMatch(/polluted|isAdmin/);

    // Duplicate keys: JSON.parse keeps the last; validation, the idempotency hash and storage all see that one.
    const second = await readyFiling(h);
    const key = randomUUID();
    const duplicated = JSON.stringify(second.body).replace('"channel":"ONLINE"', '"channel":"POSTAL","channel":"ONLINE"');
    const first = await submitDossier(h, second.token, duplicated, key);
    expect(first.status).toBe(201);
    const filed = (await first.json()) as DossierCreated;
    expect((await storedDossier(filed.id)).channel).toBe("ONLINE");
    const replay = await submitDossier(h, second.token, second.body, key);
    expect(((await replay.json()) as DossierCreated).id).toBe(filed.id);

    // The app runs in this process: a polluted prototype would show here.
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toEqual(expect.arrayContaining(["polluted"]));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it("#16 server-owned fields (status, version, createdAt) in a filing are 422 UNKNOWN_FIELD; the dossier starts SUBMITTED at version 1", async () => {
    const { token, body } = await readyFiling(h);
    const res = await submitDossier(h, token, { ...body, status: "DELIVERED", version: 9, createdAt: "2020-01-01T00:00:00Z", submittedAt: "2020-01-01T00:00:00Z" });
    const problem = await expectProblem(res, 422, "UNKNOWN_FIELD");
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(["createdAt", "status", "submittedAt", "version"]);
    await expectNothingFiled();

    const before = Date.now();
    const created = (await (await submitDossier(h, token, body)).json()) as DossierCreated;
    const row = await storedDossier(created.id);
    expect(row).toMatchObject({ status: "SUBMITTED", version: 1, previousStatus: null });
    expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("#17 a 10,000-deep JSON body and a 1e6-element array get a fast 400/413 (422 where a schema owns the depth), no stack overflow", async () => {
    const { token, body } = await readyFiling(h);
    const timed = async (send: () => Promise<Response>) => {
      const started = performance.now();
      const res = await send();
      return { res, ms: performance.now() - started };
    };
    const cases: [() => Promise<Response>, number, string][] = [
      [() => submitDossier(h, token, withRaw(body, ["answers"], `{"x":${deepArray(10_000)}}`)), 400, "BAD_REQUEST"],
      [() => submitDossier(h, token, withRaw(body, ["answers"], `{"x":${deepObject(10_000)}}`)), 400, "BAD_REQUEST"],
      [() => submitDossier(h, token, deepArray(10_000)), 422, "VALIDATION_FAILED"],
      [() => submitDossier(h, token, withRaw(body, ["answers"], `{"x":[${"0,".repeat(1_000_000)}0]}`)), 413, "PAYLOAD_TOO_LARGE"],
      [() => callApi(h, "POST", "/me/drafts", token, `{"procedureCode":"1.001193","data":{"x":${deepArray(10_000)}}}`), 422, "VALIDATION_FAILED"],
      [() => callApi(h, "POST", "/me/drafts", token, `{"procedureCode":"1.001193","data":{"x":[${"0,".repeat(1_000_000)}0]}}`), 413, "PAYLOAD_TOO_LARGE"],
      [() => callApi(h, "POST", "/auth/dev", null, `{"name":${deepArray(10_000)}}`), 422, "VALIDATION_FAILED"],
    ];
    for (const [send, status, code] of cases) {
      const { res, ms } = await timed(send);
      await expectProblem(res, status, code);
      if (status === 413) expect(res.headers.get("connection")).toBe("close");
      expect(ms).toBeLessThan(1000);
    }
    await expectNothingFiled();
    expect(await rowCount(db(), "draft")).toBe(0);
    expect((await fetch(`${h.server.url}/healthz`)).status).toBe(200);
  });
});
