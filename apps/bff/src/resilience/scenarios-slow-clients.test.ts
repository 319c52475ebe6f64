import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBffProcess, type BffProcess } from "../test/bff-process.ts";
import { freshPostgresUrl } from "./scenario-kit.ts";

/** The timeouts the server is created with (config); short here so the test sees both cut clients. */
const HEADERS_TIMEOUT_MS = 3_000;
const REQUEST_TIMEOUT_MS = 5_000;
const CHECK_INTERVAL_MS = 1_000;

interface SlowClient {
  socket: Socket;
  /** Resolves with what the server sent (if anything) once it closes the connection. */
  closed: Promise<{ answer: string; afterMs: number }>;
}

function slowClient(port: number, firstBytes: string, dripEveryMs: number | null): Promise<SlowClient> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => {
      const started = performance.now();
      let answer = "";
      socket.on("data", (chunk: Buffer) => (answer += chunk.toString("latin1")));
      socket.on("error", () => undefined);
      let drip: NodeJS.Timeout | undefined;
      const closed = new Promise<{ answer: string; afterMs: number }>((done) =>
        socket.once("close", () => {
          clearInterval(drip);
          done({ answer, afterMs: performance.now() - started });
        }),
      );
      socket.write(firstBytes);
      let line = 0;
      // A header line now and then, never the blank line that ends the headers.
      if (dripEveryMs !== null) drip = setInterval(() => socket.writable && socket.write(`X-Slow-${line++}: 1\r\n`), dripEveryMs);
      resolve({ socket, closed });
    });
    socket.once("error", reject);
  });
}

describe("#28 slow clients against the BFF process as production starts it", () => {
  let bff: BffProcess;

  beforeAll(async () => {
    const databaseUrl = await freshPostgresUrl("slow_clients");
    bff = await startBffProcess({
      env: {
        HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
        REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      },
    });
  }, 120_000);
  afterAll(() => bff?.stop());

  const timedGet = async (path: string) => {
    const started = performance.now();
    const res = await fetch(`${bff.url}${path}`);
    await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - started };
  };

  it("#28 slow-loris headers get 408 within the headers timeout; a stalled body with a lying Content-Length gets 408 within the request timeout; the server stays up throughout", async () => {
    const loris = await Promise.all(
      Array.from({ length: 30 }, () => slowClient(bff.port, "GET /api/v1/procedures HTTP/1.1\r\nHost: x\r\n", 500)),
    );
    const stalled = await Promise.all(
      Array.from({ length: 10 }, () =>
        slowClient(bff.port, 'POST /api/v1/auth/dev HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"name":', null),
      ),
    );

    // While they hang on, everybody else is served at once.
    await new Promise((r) => setTimeout(r, 2000));
    for (const path of ["/healthz", "/readyz", "/api/v1/procedures?q=khai%20sinh"]) {
      const { status, ms } = await timedGet(path);
      expect(status, path).toBe(200);
      expect(ms, path).toBeLessThan(1000);
    }

    for (const { closed } of loris) {
      const { answer, afterMs } = await closed;
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(afterMs).toBeLessThan(HEADERS_TIMEOUT_MS + 2 * CHECK_INTERVAL_MS + 1000);
    }
    for (const { closed } of stalled) {
      const { answer, afterMs } = await closed;
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(afterMs).toBeLessThan(REQUEST_TIMEOUT_MS + 2 * CHECK_INTERVAL_MS + 1000);
    }

    expect((await timedGet("/healthz")).status).toBe(200);
    const citizens = await fetch(`${bff.url}/api/v1/auth/dev`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    expect(citizens.status).toBe(200);
    expect(bff.output()).not.toMatch(/unhandled|uncaught|fatal/i);
  }, 60_000);
});
