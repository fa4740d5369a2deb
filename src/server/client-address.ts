import type { IncomingMessage } from "node:http";

/**
 * The address a request comes from: behind a trusted reverse proxy (GONGZHI_TRUST_PROXY=1),
 * the first X-Forwarded-For entry, which the proxy set; otherwise the socket's peer, since a
 * client could write any X-Forwarded-For it likes.
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? String(request.headers["x-forwarded-for"] ?? "").split(",")[0]?.trim() : "";
  return forwarded || request.socket.remoteAddress || "unknown";
}
