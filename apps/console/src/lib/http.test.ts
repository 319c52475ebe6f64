import { describe, expect, it } from "vitest";
import { toApiError } from "./http.ts";

const problem = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/problem+json", ...headers } });

describe("toApiError", () => {
  it("keeps the problem's code, title, detail and field errors", async () => {
    const err = await toApiError(
      problem(422, {
        type: "about:blank",
        title: "Dữ liệu chưa hợp lệ",
        status: 422,
        code: "VALIDATION_FAILED",
        detail: "Xem chi tiết từng trường.",
        requestId: "r1",
        errors: [{ field: "reason", code: "TOO_SMALL", message: "Cần ít nhất 5 ký tự" }],
      }),
    );
    expect(err).toMatchObject({ status: 422, code: "VALIDATION_FAILED", title: "Dữ liệu chưa hợp lệ", detail: "Xem chi tiết từng trường." });
    expect(err.fieldMessage("reason")).toBe("Cần ít nhất 5 ký tự");
    expect(err.fieldMessage("note")).toBeUndefined();
  });

  it("reads Retry-After in seconds, for the lockout message", async () => {
    const err = await toApiError(problem(401, { title: "Chưa đăng nhập", code: "UNAUTHENTICATED", status: 401 }, { "Retry-After": "840" }));
    expect(err).toMatchObject({ code: "UNAUTHENTICATED", retryAfter: 840 });
  });

  it("turns a body that is not problem+json (a proxy's HTML page) into BAD_RESPONSE", async () => {
    const err = await toApiError(new Response("<h1>502 Bad Gateway</h1>", { status: 502, headers: { "Content-Type": "text/html" } }));
    expect(err).toMatchObject({ status: 502, code: "BAD_RESPONSE", errors: [], retryAfter: undefined });
    expect(err.message).toContain("502");
  });
});
