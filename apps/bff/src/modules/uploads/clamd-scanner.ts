import { createReadStream } from "node:fs";
import { connect } from "node:net";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Logger } from "../../logger.ts";
import { ScannerUnavailableError, type MalwareScanner, type ScanResult } from "./malware-scanner.ts";

export interface ClamdOptions {
  /** `tcp://host:port` of a clamd listening with TCPSocket. */
  url: string;
  /** For the whole scan, connecting included. */
  timeoutMs: number;
  logger: Logger;
}

/** clamd's INSTREAM framing: each chunk behind its 4-byte big-endian length, then a zero length. */
function instreamFrames(): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(chunk.length);
      done(null, Buffer.concat([length, chunk]));
    },
    flush(done) {
      done(null, Buffer.alloc(4));
    },
  });
}

/** `stream: OK`, `stream: <signature> FOUND`, or `<why> ERROR` (such as StreamMaxLength exceeded). */
function parseReply(reply: string): ScanResult {
  if (reply === "stream: OK") return { infected: false };
  const found = /^stream: (.+) FOUND$/.exec(reply);
  if (found) return { infected: true, signature: found[1]! };
  throw new ScannerUnavailableError(`clamd answered ${JSON.stringify(reply.slice(0, 200))}`);
}

/**
 * Streams the file to clamd over one TCP connection (the `zINSTREAM` command), so nothing but the
 * scanner's answer is held in memory. Any failure to get a verdict (refused, reset, timed out, an
 * ERROR reply) is `ScannerUnavailableError`, logged here with its cause.
 */
export function createClamdScanner({ url, timeoutMs, logger }: ClamdOptions): MalwareScanner {
  const { hostname, port } = new URL(url);
  const host = hostname.replace(/^\[|\]$/g, "");

  function scanOnce(path: string): Promise<ScanResult> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host, port: Number(port) });
      const replies: Buffer[] = [];
      let settled = false;
      const finish = (outcome: () => ScanResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.destroy();
        try {
          resolve(outcome());
        } catch (err) {
          reject(err);
        }
      };
      const fail = (cause: unknown) =>
        finish(() => {
          throw cause instanceof ScannerUnavailableError ? cause : new ScannerUnavailableError("clamd unreachable", { cause });
        });
      const timer = setTimeout(() => fail(new Error(`no verdict within ${timeoutMs} ms`)), timeoutMs);
      socket.on("data", (chunk: Buffer) => {
        replies.push(chunk);
        const reply = Buffer.concat(replies);
        const end = reply.indexOf(0);
        if (end >= 0) finish(() => parseReply(reply.toString("utf8", 0, end).trim()));
      });
      socket.on("error", fail);
      socket.once("close", () => fail(new Error("clamd closed the connection without a verdict")));
      socket.once("connect", () => {
        socket.write("zINSTREAM\0");
        // clamd may answer (an ERROR for a size limit) and close before the file is through.
        pipeline(createReadStream(path), instreamFrames(), socket).catch(fail);
      });
    });
  }

  return {
    async scan(path) {
      try {
        const result = await scanOnce(path);
        if (result.infected) logger.warn({ signature: result.signature }, "malware detected in an upload");
        return result;
      } catch (err) {
        logger.warn({ err: { message: (err as Error).message, cause: String((err as Error).cause ?? "") } }, "malware scanner unavailable");
        throw err;
      }
    },
  };
}
