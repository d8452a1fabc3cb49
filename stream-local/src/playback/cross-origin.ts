/**
 * `allowedOrigins`: hostnames (optionally `*.` wildcards, or `host:port`) that may embed the
 * video. Empty or unset allows every origin.
 */
export function originAllowed(origin: string | undefined, allowedOrigins: string[] | null): boolean {
  if (!origin || !allowedOrigins || allowedOrigins.length === 0) return true;
  let host: string;
  let hostname: string;
  try {
    ({ host, hostname } = new URL(origin));
  } catch {
    return false;
  }
  return allowedOrigins.some((allowed) => {
    const pattern = allowed.toLowerCase();
    if (pattern === "*") return true;
    if (pattern.startsWith("*.")) return hostname.endsWith(pattern.slice(1)) || host.endsWith(pattern.slice(1));
    return pattern === hostname || pattern === host;
  });
}

export function corsHeaders(origin: string | undefined, allowedOrigins: string[] | null): Record<string, string> {
  const restricted = allowedOrigins && allowedOrigins.length > 0;
  return {
    "access-control-allow-origin": restricted && origin ? origin : "*",
    "access-control-expose-headers": "content-length, content-range",
    ...(restricted ? { vary: "origin" } : {}),
  };
}
