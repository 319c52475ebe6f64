/** True when the URL's path or query holds a `%` escape that does not decode as UTF-8. */
export function hasMalformedPercentEncoding(url: string): boolean {
  if (!url.includes("%")) return false;
  try {
    decodeURIComponent(url.replaceAll("+", " "));
    return false;
  } catch {
    return true;
  }
}
