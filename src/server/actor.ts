/**
 * The acting person from an `X-Actor` header or connection parameter (percent-encoded, so
 * Chinese names survive HTTP headers). Histories record it; tokens replace it once requests
 * are authenticated.
 */
export function actorFrom(raw: unknown): string {
  if (typeof raw !== "string" || raw === "") return "anonymous";
  try {
    return decodeURIComponent(raw).trim().slice(0, 80) || "anonymous";
  } catch {
    return raw.slice(0, 80);
  }
}
