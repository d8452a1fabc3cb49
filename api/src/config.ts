import { z } from "zod";

const optionalUrl = z.union([z.literal(""), z.url()]).transform((value) => value || undefined);
const optionalText = z.string().transform((value) => value || undefined);

const ConfigSchema = z.object({
  ENVIRONMENT: z.enum(["development", "test", "production"]).default("production"),
  SITE_URL: z.url(),
  SITE_TIME_ZONE: z.string().refine(isTimeZone, "must be an IANA time zone such as America/Chicago"),
  AUTH_ISSUER: z.string().min(1),
  AUTH_AUDIENCE: z.string().min(1),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters of random data"),
  SESSION_TTL_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(14 * 24 * 3600),
  AUTH_EXTERNAL_JWKS_URL: optionalUrl.default(""),
  AUTH_EXTERNAL_ISSUER: optionalText.default(""),
  AUTH_EXTERNAL_AUDIENCE: optionalText.default(""),
  AUTH_EXTERNAL_ORGANIZER_ROLE: optionalText.default(""),
});

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export interface ExternalIdentityProvider {
  jwksUrl: URL;
  issuer: string;
  audience: string;
  organizerRole: string | undefined;
}

export interface Config {
  environment: "development" | "test" | "production";
  siteUrl: URL;
  siteTimeZone: string;
  auth: {
    issuer: string;
    audience: string;
    secret: Uint8Array;
    sessionTtlSeconds: number;
    external: ExternalIdentityProvider | undefined;
  };
}

const cache = new WeakMap<object, Config>();

/** Reads and validates the Worker's configuration once per `env` object. */
export function readConfig(env: Env): Config {
  const cached = cache.get(env);
  if (cached) return cached;
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid FireStream configuration: ${problems.join("; ")}`);
  }
  const vars = parsed.data;
  const externalParts = [vars.AUTH_EXTERNAL_JWKS_URL, vars.AUTH_EXTERNAL_ISSUER, vars.AUTH_EXTERNAL_AUDIENCE];
  if (externalParts.some(Boolean) && !externalParts.every(Boolean)) {
    throw new Error(
      "Invalid FireStream configuration: AUTH_EXTERNAL_JWKS_URL, AUTH_EXTERNAL_ISSUER and AUTH_EXTERNAL_AUDIENCE go together",
    );
  }
  const config: Config = {
    environment: vars.ENVIRONMENT,
    siteUrl: new URL(vars.SITE_URL),
    siteTimeZone: vars.SITE_TIME_ZONE,
    auth: {
      issuer: vars.AUTH_ISSUER,
      audience: vars.AUTH_AUDIENCE,
      secret: new TextEncoder().encode(vars.AUTH_SECRET),
      sessionTtlSeconds: vars.SESSION_TTL_SECONDS,
      external:
        vars.AUTH_EXTERNAL_JWKS_URL && vars.AUTH_EXTERNAL_ISSUER && vars.AUTH_EXTERNAL_AUDIENCE
          ? {
              jwksUrl: new URL(vars.AUTH_EXTERNAL_JWKS_URL),
              issuer: vars.AUTH_EXTERNAL_ISSUER,
              audience: vars.AUTH_EXTERNAL_AUDIENCE,
              organizerRole: vars.AUTH_EXTERNAL_ORGANIZER_ROLE,
            }
          : undefined,
    },
  };
  cache.set(env, config);
  return config;
}
