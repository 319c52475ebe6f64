import { describe, expect, it, vi } from "vitest";
import { startBffProcess } from "./bff-process.ts";
import { copyTemplateDatabase } from "./db.ts";

describe("the BFF child process's log scan", () => {
  it("runs with the access log on, stays clean for ordinary use, and fails stop() on a planted CCCD or token, even one written before a restart", async () => {
    // PostgreSQL when the run has it: a copied template starts in seconds, a fresh PGlite in fifteen.
    const url = await copyTemplateDatabase(`log_scan_${process.pid}`);
    const first = await startBffProcess(url ? { env: { DATABASE_URL: url } } : {});
    const signIn = await fetch(`${first.url}/api/v1/auth/dev`, { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"name":"Nguyễn Văn An"}' });
    const { token } = (await signIn.json()) as { token: string };
    first.neverLog(token);
    expect(() => first.neverLog("k")).toThrow(/at least/);
    expect((await fetch(`${first.url}/api/v1/me/dossiers`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    // The access line is written once the response has gone.
    await vi.waitFor(() => expect(first.output()).toContain('"path":"/api/v1/me/dossiers"'));
    expect(first.personalDataInLogs()).toEqual([]);

    // The access log repeats a client's own request id: a way to put chosen text into a real line.
    await fetch(`${first.url}/healthz`, { headers: { "X-Request-Id": "cccd079203001234" } });
    await fetch(`${first.url}/healthz`, { headers: { "X-Request-Id": token } });
    await vi.waitFor(() => expect(first.output().split('"path":"/healthz"')).toHaveLength(3));
    await first.kill();
    const next = await first.restart();
    const found = next.personalDataInLogs();
    expect(found.map((f) => f.kind)).toEqual(expect.arrayContaining(["citizen-id", "secret"]));
    const failure = await next.stop().then(() => undefined, (err: Error) => err.message);
    expect(failure).toMatch(/logged personal data or secrets/);
    expect(failure).not.toContain("079203001234");
    expect(failure).not.toContain(token);
  }, 120_000);
});
