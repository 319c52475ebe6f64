import pino, { type Logger } from "pino";

export type { Logger };

// Digit lookarounds, not \b: an ID glued to a word ("cccd079203001234") is still an ID.
const TWELVE_DIGITS = /(?<!\d)\d{12}(?!\d)/g;
// As people type them, a separator also right after the prefix ("+84 912 345 678").
const VN_PHONE = /(?:\+?84|\b0)[ .-]?(?:\d[ .-]?){8,9}\d\b/g;

/** Masks citizen-ID-like and phone-like digit runs in free text (error messages, SQL details). */
export function scrub(text: string): string {
  return text.replace(TWELVE_DIGITS, "[redacted-id]").replace(VN_PHONE, "[redacted-phone]");
}

const REDACT = [
  "req.headers.authorization",
  "req.headers.cookie",
  "*.accessToken",
  "*.phoneToken",
  "*.token",
  "*.idNumber",
  "*.phone",
  "*.password",
  "accessToken",
  "token",
  "idNumber",
  "phone",
  "password",
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: REDACT, censor: "[redacted]" },
      formatters: { level: (label) => ({ level: label }) },
      serializers: {
        err: (err: Error) => ({
          type: err.name,
          message: scrub(err.message),
          stack: err.stack ? scrub(err.stack) : undefined,
          // Drivers wrap the database's own error (SQLSTATE, constraint) in `cause`.
          cause: err.cause instanceof Error ? { message: scrub(err.cause.message), code: (err.cause as { code?: unknown }).code } : undefined,
        }),
      },
    },
    destination,
  );
}
