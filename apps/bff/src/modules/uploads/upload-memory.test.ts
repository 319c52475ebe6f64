import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { request } from "node:http";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Upload } from "@motcua/contracts";
import { BOUNDARY } from "./upload-test-kit.ts";

const MB = 1024 * 1024;
const FILE_BYTES = 50 * MB;
const CHUNK = 64 * 1024;

interface Rss {
  baseline: number;
  peak: number;
  maxRssBefore: number;
  maxRssAfter: number;
}

/** A PDF header and filler, generated chunk by chunk so this process never holds the file. */
function* pdfChunks(): Generator<Buffer> {
  const header = Buffer.from("%PDF-1.4\n");
  yield header;
  const filler = Buffer.alloc(CHUNK, 0x20);
  for (let left = FILE_BYTES - header.length; left > 0; left -= CHUNK) yield left >= CHUNK ? filler : filler.subarray(0, left);
}

describe("upload memory (child process)", () => {
  let child: ChildProcess;
  let base: string;
  let token: string;

  beforeAll(async () => {
    const fixture = fileURLToPath(new URL("./upload-memory.fixture.ts", import.meta.url));
    child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", fixture], {
      cwd: fileURLToPath(new URL("../../..", import.meta.url)),
      stdio: ["ignore", "pipe", "inherit"],
    });
    const first = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once("line", resolve);
      child.once("exit", (code) => reject(new Error(`fixture exited with ${code}`)));
    });
    const ready = JSON.parse(first) as { port: number; token: string };
    base = `http://127.0.0.1:${ready.port}`;
    token = ready.token;
  }, 120_000);
  afterAll(() => {
    child?.kill("SIGTERM");
  });

  it("streams a 50 MB PDF to disk adding < 100 MB of RSS", async () => {
    const before = (await (await fetch(`${base}/__rss/mark`)).json()) as { baseline: number };
    const head = Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="ho-so-lon.pdf"\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
    const hash = createHash("sha256");

    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${base}/api/v1/uploads`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
          "content-length": head.length + FILE_BYTES + tail.length,
        },
      });
      req.once("response", (res) => {
        let text = "";
        res.setEncoding("utf8").on("data", (d: string) => (text += d));
        res.once("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.once("error", reject);
      void (async () => {
        req.write(head);
        for (const chunk of pdfChunks()) {
          hash.update(chunk);
          if (!req.write(chunk)) await new Promise((r) => req.once("drain", r));
        }
        req.end(tail);
      })();
    });

    expect(status, body).toBe(201);
    const upload = JSON.parse(body) as Upload;
    expect(upload).toMatchObject({ kind: "pdf", size: FILE_BYTES, sha256: hash.digest("hex") });

    const rss = (await (await fetch(`${base}/__rss`)).json()) as Rss;
    const added = rss.peak - before.baseline;
    console.log(
      `upload memory: baseline ${(rss.baseline / MB).toFixed(1)} MB, peak ${(rss.peak / MB).toFixed(1)} MB ` +
        `(+${(added / MB).toFixed(1)} MB); maxRSS ${(rss.maxRssBefore / MB).toFixed(1)} → ${(rss.maxRssAfter / MB).toFixed(1)} MB`,
    );
    expect(added).toBeLessThan(100 * MB);
    // The lifetime peak may only grow by what the upload itself could have added.
    expect(rss.maxRssAfter).toBeLessThanOrEqual(Math.max(rss.maxRssBefore, rss.baseline + 100 * MB));
  }, 120_000);
});
