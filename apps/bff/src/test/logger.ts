import { Writable } from "node:stream";
import { createLogger, type Logger } from "../logger.ts";

/** A real pino logger whose lines are kept in memory, so tests can assert what was (not) logged. */
export function memoryLogger(level = "info"): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: createLogger(level, sink), lines };
}
