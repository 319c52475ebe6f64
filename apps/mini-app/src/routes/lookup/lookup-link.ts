/** What a receipt's QR code (or a pasted link) tells the lookup: the dossier code, and the secret if printed. */
export interface LookupCodes {
  code: string;
  secret?: string;
}

/** A dossier reference (HS-7K2M-9QXA) or an official code (000.00.32.H19-210708-0032), as printed. */
const CODE_SHAPE = /^[A-Za-z0-9][A-Za-z0-9.-]{3,39}$/;

function fromParams(params: URLSearchParams): LookupCodes | null {
  const code = params.get("code")?.trim();
  if (!code || !CODE_SHAPE.test(code)) return null;
  const secret = params.get("secret")?.trim();
  return secret ? { code, secret } : { code };
}

/**
 * Reads the text of a scanned QR code. The receipt prints `<site>/tra-cuu?code=…&secret=…`; some
 * receipts carry only the code, and a QR holding just the code is read as that. Anything else (a
 * shop's QR, a payment code) is not ours: null.
 */
export function parseLookupLink(text: string): LookupCodes | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (CODE_SHAPE.test(trimmed) && !/^https?$/i.test(trimmed)) return { code: trimmed };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  return fromParams(url.searchParams);
}

/** The codes in this page's own address (`/lookup?code=…&secret=…`, where /tra-cuu sends the citizen). */
export function lookupCodesFromQuery(search: URLSearchParams): LookupCodes | null {
  return fromParams(search);
}
