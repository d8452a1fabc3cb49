import type { Config } from "../config";

export const SESSION_COOKIE = "firestream_session";

export function sessionCookie(config: Config, token: string, expiresAt: Date): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  return serialize(config, token, maxAge);
}

export function clearedSessionCookie(config: Config): string {
  return serialize(config, "", 0);
}

function serialize(config: Config, value: string, maxAge: number): string {
  // Lax keeps the session on links from reminder emails and off cross-site form posts.
  const parts = [`${SESSION_COOKIE}=${value}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${maxAge}`];
  if (config.siteUrl.protocol === "https:") parts.push("Secure");
  return parts.join("; ");
}

export function readSessionCookie(request: Request): string | undefined {
  const header = request.headers.get("cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === SESSION_COOKIE) return value.join("=") || undefined;
  }
  return undefined;
}
