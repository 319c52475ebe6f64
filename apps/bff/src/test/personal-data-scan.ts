/**
 * Finds personal data and secrets in log output: what reliability.md §3.5 says no log line may
 * carry. Deliberately wider than the logger's scrubber (ids glued to letters, E.164, bearer tokens)
 * so that the scan, not the code under test, decides what counts as a leak.
 */

export type PersonalDataKind = "citizen-id" | "phone" | "bearer-token" | "session-token" | "secret";

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** 1-based line of the scanned text. */
  line: number;
  /** The line around the finding, with the finding itself replaced by `‹kind›`. */
  excerpt: string;
}

/** Shorter values would match by chance (a one-letter API key, a short word). */
export const MIN_SECRET_LENGTH = 8;

// Ids and digests are full of digit runs that only look like IDs or phones: set them aside first.
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const HEX_DIGEST = /(?<![0-9a-f])[0-9a-f]{32,}(?![0-9a-f])/gi;

const SEP = "[ .-]?";
const PATTERNS: ReadonlyArray<[PersonalDataKind, RegExp]> = [
  // 12 digits not part of a longer number: a CCCD even when glued to a word ("cccd079203001234").
  ["citizen-id", /(?<!\d)\d{12}(?!\d)/g],
  // 0…, 84… and +84… (E.164), with the spaces, dots and dashes people type: mobiles (9 digits after
  // the prefix, starting 3/5/7/8/9) and landlines (10 digits, starting 2).
  ["phone", new RegExp(`(?<![\\w+])(?:\\+84|84|0)${SEP}(?:[35789](?:${SEP}\\d){8}|2(?:${SEP}\\d){9})(?![\\w])`, "g")],
  ["bearer-token", /\bBearer\s+[A-Za-z0-9._~+/-]{8,}=*/gi],
  // The shape of our session tokens (32 random bytes, base64url); a random one mixes all three classes.
  ["session-token", /(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]*[A-Z])(?=[A-Za-z0-9_-]*[a-z])(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g],
];

function findings(line: string, lineNumber: number, kind: PersonalDataKind, pattern: RegExp): PersonalDataFinding[] {
  return [...line.matchAll(pattern)].map((m) => ({
    kind,
    line: lineNumber,
    excerpt: `${line.slice(Math.max(0, m.index - 60), m.index)}‹${kind}›${line.slice(m.index + m[0].length, m.index + m[0].length + 60)}`,
  }));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every citizen ID, phone number, token and given secret in `text`, line by line. */
export function scanForPersonalData(text: string, secrets: Iterable<string> = []): PersonalDataFinding[] {
  const known = [...new Set(secrets)].filter((s) => s.length >= MIN_SECRET_LENGTH);
  const secretPattern = known.length ? new RegExp(known.map(escapeRegExp).join("|"), "g") : undefined;
  return text.split("\n").flatMap((raw, i) => {
    const line = raw.replace(UUID, "‹uuid›").replace(HEX_DIGEST, "‹hex›");
    return [
      // Secrets first and on the raw line: a token may well look like hex or contain a dash.
      ...(secretPattern ? findings(raw, i + 1, "secret", secretPattern) : []),
      ...PATTERNS.flatMap(([kind, pattern]) => findings(line, i + 1, kind, pattern)),
    ];
  });
}

export function describeFindings(found: readonly PersonalDataFinding[], limit = 20): string {
  const lines = found.slice(0, limit).map((f) => `  line ${f.line}, ${f.kind}: ${f.excerpt}`);
  if (found.length > limit) lines.push(`  … and ${found.length - limit} more`);
  return lines.join("\n");
}
