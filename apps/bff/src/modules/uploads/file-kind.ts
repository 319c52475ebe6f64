import { fileTypeFromBuffer } from "file-type";
import type { UploadKind } from "@motcua/contracts";

export interface SniffedType {
  kind: UploadKind;
  contentType: string;
  extension: string;
}

/** file-type never needs more than this many leading bytes for the kinds we accept. */
export const SNIFF_BYTES = 4100;

const ALLOWED: Record<string, SniffedType> = {
  "application/pdf": { kind: "pdf", contentType: "application/pdf", extension: "pdf" },
  "image/jpeg": { kind: "jpeg", contentType: "image/jpeg", extension: "jpg" },
  "image/png": { kind: "png", contentType: "image/png", extension: "png" },
  "image/heic": { kind: "heic", contentType: "image/heic", extension: "heic" },
  "image/heif": { kind: "heic", contentType: "image/heif", extension: "heif" },
};

const KIND_OF_EXTENSION: Record<string, UploadKind> = {
  pdf: "pdf",
  jpg: "jpeg",
  jpeg: "jpeg",
  jpe: "jpeg",
  jfif: "jpeg",
  png: "png",
  heic: "heic",
  heif: "heic",
};

/** The type the bytes actually are, if it is one we accept; HTML, SVG and text have no magic number and come back undefined. */
export async function sniffType(head: Uint8Array): Promise<SniffedType | undefined> {
  const detected = await fileTypeFromBuffer(head);
  return detected ? ALLOWED[detected.mime] : undefined;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** A name claiming one accepted kind over bytes of another is refused: it is either a mistake or a polyglot trick. */
export function extensionContradicts(name: string, kind: UploadKind): boolean {
  const claimed = KIND_OF_EXTENSION[extensionOf(name)];
  return claimed !== undefined && claimed !== kind;
}

const MAX_NAME_LENGTH = 120;
const FALLBACK_NAME = "tai-lieu";
// Controls (NUL, CR, LF…), format characters (bidi overrides such as U+202E, zero-width), line
// separators and lone surrogates (PostgreSQL would silently store those as U+FFFD).
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
// Characters Windows refuses in file names; the citizen may save the download there.
const RESERVED = /[<>:"|?*]/g;

/** At most `max` UTF-16 units (what `length` and the contract count) without splitting a surrogate pair. */
function take(text: string, max: number): string {
  let out = "";
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

function truncateKeepingExtension(name: string, max: number): string {
  if (name.length <= max) return name;
  const dot = name.lastIndexOf(".");
  const suffix = dot > 0 && name.length - dot <= 11 ? name.slice(dot) : "";
  return take(name, max - suffix.length).replace(/[\s.]+$/, "") + suffix;
}

/** A display name safe to show and to put in a header: no path, no invisible or control characters, NFC, bounded. */
export function sanitiseFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(RESERVED, "_")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  return truncateKeepingExtension(cleaned || FALLBACK_NAME, MAX_NAME_LENGTH);
}

/** The sanitised name, given the sniffed type's extension when it has none of ours (`a.pdf%00.js` → `a.pdf%00.js.pdf`). */
export function displayNameFor(raw: string, type: SniffedType): string {
  const name = sanitiseFileName(raw);
  if (KIND_OF_EXTENSION[extensionOf(name)] === type.kind) return name;
  const suffix = `.${type.extension}`;
  return take(name, MAX_NAME_LENGTH - suffix.length).replace(/[\s.]+$/, "") + suffix;
}
