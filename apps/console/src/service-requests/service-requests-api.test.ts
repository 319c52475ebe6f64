import { afterEach, describe, expect, it, vi } from "vitest";
import { configureHttp } from "../lib/http.ts";
import { addResultFile } from "./service-requests-api.ts";

afterEach(() => {
  vi.unstubAllGlobals();
  configureHttp({ token: () => null, onUnauthenticated: () => {} });
});

describe("sending a result file", () => {
  it("posts the file as multipart with the officer's token, leaving the boundary to the browser", async () => {
    configureHttp({ token: () => "cb-token", onUnauthenticated: () => {} });
    const fetchStub = vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify({ code: "DV-7K3P-9QX2" }), { status: 201 }));
    vi.stubGlobal("fetch", fetchStub);
    const file = new File(["%PDF-1.4\n%%EOF\n"], "ban-dich.pdf", { type: "application/pdf" });

    expect(await addResultFile("DV-7K3P-9QX2", file)).toEqual({ code: "DV-7K3P-9QX2" });
    const [url, init] = fetchStub.mock.calls[0]!;
    expect(url).toBe("/api/v1/desk/service-requests/DV-7K3P-9QX2/result-files");
    const headers = new Headers(init.headers);
    expect(headers.get("authorization")).toBe("Bearer cb-token");
    expect(headers.get("content-type")).toBeNull();
    expect((init.body as FormData).get("file")).toMatchObject({ name: "ban-dich.pdf" });
  });
});
