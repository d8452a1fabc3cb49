import * as z from "./zod";
import { refuseInTransform } from "./zod";
import type { StreamClientConfig } from "./stream/client";

const optionalUrl = z.pipe(
  z.union([z.literal(""), z.url()]),
  z.transform((value: string) => value || undefined),
);
const optionalText = z.pipe(
  z.string(),
  z.transform((value: string) => value || undefined),
);
const retentionDays = (days: number) =>
  z._default(z.coerce.number().check(z.int(), z.minimum(1, "must be at least 1 day"), z.maximum(3650)), days);

/** The longest replay window a show may have: a year. */
export const MAX_REPLAY_WINDOW_HOURS = 366 * 24;

const ConfigSchema = z.object({
  ENVIRONMENT: z._default(z.enum(["development", "test", "production"]), "production"),
  SITE_URL: z.url(),
  SITE_TIME_ZONE: z.string().check(z.refine(isTimeZone, "must be an IANA time zone such as America/Chicago")),
  AUTH_ISSUER: z.string().check(z.minLength(1)),
  AUTH_AUDIENCE: z.string().check(z.minLength(1)),
  AUTH_SECRET: z.string().check(z.minLength(32, "must be at least 32 characters of random data")),
  SESSION_TTL_SECONDS: z._default(z.coerce.number().check(z.int(), z.positive()), 14 * 24 * 3600),
  AUTH_EXTERNAL_JWKS_URL: z._default(optionalUrl, ""),
  AUTH_EXTERNAL_ISSUER: z._default(optionalText, ""),
  AUTH_EXTERNAL_AUDIENCE: z._default(optionalText, ""),
  AUTH_EXTERNAL_ORGANIZER_ROLE: z._default(optionalText, ""),
  STREAM_API_BASE: z.url(),
  STREAM_ACCOUNT_ID: z.string().check(z.minLength(1)),
  STREAM_API_TOKEN: z.string().check(z.minLength(1)),
  STREAM_PLAYBACK_BASE: z.pipe(
    z.url(),
    z.transform((url: string) => url.replace(/\/+$/, "")),
  ),
  STREAM_SIGNING_KEY_ID: z.string().check(z.minLength(1)),
  STREAM_SIGNING_JWK: z.pipe(
    z.string().check(z.minLength(1)),
    z.transform((value: string, ctx) => {
      try {
        return JSON.parse(atob(value)) as JsonWebKey;
      } catch {
        return refuseInTransform(ctx, "must be the base64 JWK returned by POST /stream/keys");
      }
    }),
  ),
  STREAM_WEBHOOK_SECRET: z.string().check(z.minLength(1)),
  STREAM_NOTIFICATION_SECRET: z.string().check(z.minLength(16, "must be at least 16 characters")),
  STREAM_RECORDING_TIMEOUT_SECONDS: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(3600)), 0),
  STREAM_DELETE_RECORDING_AFTER_DAYS: z.pipe(
    z._default(
      z.union([
        z.literal(""),
        z.coerce
          .number()
          .check(z.int(), z.minimum(30, "must be at least 30 (Cloudflare's minimum), or empty to keep recordings")),
      ]),
      "",
    ),
    z.transform((value: "" | number) => (value === "" ? null : value)),
  ),
  STREAM_INTERMISSION_MINUTES: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(24 * 60)), 60),
  REPLAY_WINDOW_HOURS: z._default(
    z.coerce.number().check(z.int(), z.minimum(0), z.maximum(MAX_REPLAY_WINDOW_HOURS)),
    7 * 24,
  ),
  STREAM_TOKEN_TTL_SECONDS: z._default(
    z.coerce.number().check(z.int(), z.minimum(60), z.maximum(3600, "at most one hour")),
    3600,
  ),
  STREAM_ACCESS_RULES: z.pipe(
    z._default(z.string(), ""),
    z.transform((value: string, ctx) => {
      if (!value) return undefined;
      const rules = AccessRulesSchema.safeParse(safeJson(value));
      if (!rules.success) return refuseInTransform(ctx, "must be a JSON list of Cloudflare Stream accessRules");
      return rules.data;
    }),
  ),
  STREAM_ALLOWED_ORIGINS: z._default(z.string(), ""),
  STREAM_PREFER_LOW_LATENCY: z.pipe(
    z._default(z.enum(["true", "false", ""], { message: 'must be "true" or "false"' }), ""),
    z.transform((value: "true" | "false" | "") => value === "true"),
  ),
  NOTIFY_EMAIL_PROVIDER: z._default(z.enum(["outbox", "resend"]), "outbox"),
  NOTIFY_EMAIL_FROM: z._default(z.string(), "FireStream <shows@firestream.example.com>"),
  RESEND_API_BASE: z._default(z.url(), "https://api.resend.com"),
  RESEND_API_KEY: z._default(optionalText, ""),
  NOTIFY_SMS_PROVIDER: z._default(z.enum(["outbox", "twilio"]), "outbox"),
  TWILIO_API_BASE: z._default(z.url(), "https://api.twilio.com"),
  TWILIO_ACCOUNT_SID: z._default(optionalText, ""),
  TWILIO_AUTH_TOKEN: z._default(optionalText, ""),
  TWILIO_FROM: z._default(optionalText, ""),
  // Web Push (VAPID, RFC 8292): the public key as the browser's applicationServerKey (base64url of
  // the uncompressed P-256 point), the private key (base64url of d), and a contact for push services.
  WEB_PUSH_VAPID_PUBLIC_KEY: z._default(optionalText, ""),
  WEB_PUSH_VAPID_PRIVATE_KEY: z._default(optionalText, ""),
  WEB_PUSH_SUBJECT: z._default(z.string(), "mailto:shows@firestream.example.com"),
  STREAM_TIMEOUT_MS: z._default(z.coerce.number().check(z.int(), z.minimum(100), z.maximum(60_000)), 8000),
  STREAM_RETRIES: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(5)), 2),
  STREAM_WEBHOOK_MAX_SKEW_SECONDS: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(3600)), 300),
  CORS_ALLOWED_ORIGINS: z.pipe(
    z._default(z.string(), ""),
    z.transform((value: string, ctx) => {
      const origins = value
        .split(",")
        .map((origin) => origin.trim())
        .filter(Boolean);
      for (const origin of origins) {
        if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
          return refuseInTransform(ctx, `${origin} is not an origin such as https://shows.example.com`);
        }
      }
      return origins;
    }),
  ),
  GRAPHQL_MAX_TOKENS: z._default(z.coerce.number().check(z.int(), z.positive()), 2000),
  GRAPHQL_MAX_DEPTH: z._default(z.coerce.number().check(z.int(), z.positive()), 10),
  GRAPHQL_MAX_ALIASES: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 20),
  GRAPHQL_MAX_DIRECTIVES: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 20),
  GRAPHQL_MAX_COST: z._default(z.coerce.number().check(z.int(), z.positive()), 5000),
  RETENTION_SESSION_DAYS: retentionDays(90),
  RETENTION_OUTBOX_DAYS: retentionDays(30),
  RETENTION_WEBHOOK_EVENT_DAYS: retentionDays(30),
  RETENTION_VIEWER_SESSION_DAYS: retentionDays(180),
  RETENTION_CHAT_MESSAGE_DAYS: retentionDays(180),
});

const AccessRuleSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("any"), action: z.enum(["allow", "block"]) }),
  z.object({
    type: z.literal("ip.src"),
    action: z.enum(["allow", "block"]),
    ip: z.array(z.string()).check(z.minLength(1)),
  }),
  z.object({
    type: z.literal("ip.geoip.country"),
    action: z.enum(["allow", "block"]),
    country: z.array(z.string().check(z.length(2))).check(z.minLength(1)),
  }),
]);
const AccessRulesSchema = z.array(AccessRuleSchema).check(z.minLength(1), z.maxLength(5));
export type AccessRule = z.infer<typeof AccessRuleSchema>;

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

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

export interface StreamConfig {
  client: StreamClientConfig;
  signingKeyId: string;
  /** Private half of the Stream signing key, for playback tokens */
  signingJwk: JsonWebKey;
  webhookSecret: string;
  notificationSecret: string;
  /** The live inputs' recording.timeoutSeconds; 0 is Stream's own default */
  recordingTimeoutSeconds: number;
  /** Stream deletes a recording this many days after it is made (the R2 archive stays); null keeps it */
  deleteRecordingAfterDays: number | null;
  /** How long a show may wait for its feed to come back before the sweep ends it */
  intermissionMinutes: number;
  tokenTtlSeconds: number;
  accessRules: AccessRule[] | undefined;
  /** Origins allowed to embed the player (Stream's allowedOrigins) */
  allowedOrigins: string[];
  /** How far in the future a live input event's updated_at may be (clock skew), in seconds */
  webhookMaxSkewSeconds: number;
  /**
   * New live inputs ask for Cloudflare's low-latency HLS (`preferLowLatency`, beta: under 10 s
   * glass to glass, against 10-30 s for standard HLS)
   */
  preferLowLatency: boolean;
}

/** Where reminders and alerts go: the outbox (read, never sent) or a provider. */
export interface NotifyConfig {
  email: { provider: "outbox" } | { provider: "resend"; apiBase: string; apiKey: string; from: string };
  sms:
    | { provider: "outbox" }
    | { provider: "twilio"; apiBase: string; accountSid: string; authToken: string; from: string };
  /** Web Push; undefined when no VAPID keys are configured (the browser channel is then off) */
  push: { publicKey: string; privateKey: string; subject: string } | undefined;
}

/** How long rows about people are kept, in days (the daily retention job purges older ones). */
export interface RetentionConfig {
  sessionDays: number;
  outboxDays: number;
  webhookEventDays: number;
  viewerSessionDays: number;
  chatMessageDays: number;
}

export interface Config {
  environment: "development" | "test" | "production";
  siteUrl: URL;
  siteTimeZone: string;
  /** Hours a show's replay stays open after it ends, unless the show says otherwise (0: no replay) */
  replayWindowHours: number;
  auth: {
    issuer: string;
    audience: string;
    secret: Uint8Array;
    sessionTtlSeconds: number;
    external: ExternalIdentityProvider | undefined;
  };
  stream: StreamConfig;
  notify: NotifyConfig;
  /** Origins whose pages may call the API with the session cookie (SITE_URL's first) */
  siteOrigins: string[];
  graphqlLimits: GraphqlLimits;
  retention: RetentionConfig;
}

/** What one GraphQL operation may ask for; see security/operation-limits.ts. */
export interface GraphqlLimits {
  /** Lexical tokens of the document (graphql-js stops parsing past it) */
  tokens: number;
  /** Nested selections, introspection counting as one */
  depth: number;
  /** Aliased fields, counting each fragment spread as what it expands to */
  aliases: number;
  /** Directives used (@include, @skip, ...) */
  directives: number;
  /** Cost: each field 1, a list's selections times the `first`/`last` asked for (or 10) */
  cost: number;
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
  if (vars.ENVIRONMENT === "production" && vars.NOTIFY_EMAIL_PROVIDER === "outbox") {
    throw new Error(
      "Invalid FireStream configuration: in production NOTIFY_EMAIL_PROVIDER=outbox would send no email; set NOTIFY_EMAIL_PROVIDER=resend with the RESEND_API_KEY secret (or ENVIRONMENT=development for a local stack)",
    );
  }
  if (vars.ENVIRONMENT === "production" && vars.NOTIFY_SMS_PROVIDER === "outbox") {
    throw new Error(
      "Invalid FireStream configuration: in production NOTIFY_SMS_PROVIDER=outbox would send no text message; set NOTIFY_SMS_PROVIDER=twilio with TWILIO_ACCOUNT_SID, TWILIO_FROM and the TWILIO_AUTH_TOKEN secret (or ENVIRONMENT=development for a local stack)",
    );
  }
  if (Boolean(vars.WEB_PUSH_VAPID_PUBLIC_KEY) !== Boolean(vars.WEB_PUSH_VAPID_PRIVATE_KEY)) {
    throw new Error(
      "Invalid FireStream configuration: WEB_PUSH_VAPID_PUBLIC_KEY and the WEB_PUSH_VAPID_PRIVATE_KEY secret go together",
    );
  }
  if (vars.NOTIFY_EMAIL_PROVIDER === "resend" && !vars.RESEND_API_KEY) {
    throw new Error("Invalid FireStream configuration: NOTIFY_EMAIL_PROVIDER=resend needs the RESEND_API_KEY secret");
  }
  if (
    vars.NOTIFY_SMS_PROVIDER === "twilio" &&
    !(vars.TWILIO_ACCOUNT_SID && vars.TWILIO_AUTH_TOKEN && vars.TWILIO_FROM)
  ) {
    throw new Error(
      "Invalid FireStream configuration: NOTIFY_SMS_PROVIDER=twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM",
    );
  }
  const config: Config = {
    environment: vars.ENVIRONMENT,
    siteUrl: new URL(vars.SITE_URL),
    siteTimeZone: vars.SITE_TIME_ZONE,
    replayWindowHours: vars.REPLAY_WINDOW_HOURS,
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
    stream: {
      client: {
        apiBase: vars.STREAM_API_BASE,
        accountId: vars.STREAM_ACCOUNT_ID,
        apiToken: vars.STREAM_API_TOKEN,
        playbackBase: vars.STREAM_PLAYBACK_BASE,
        timeoutMs: vars.STREAM_TIMEOUT_MS,
        retries: vars.STREAM_RETRIES,
      },
      signingKeyId: vars.STREAM_SIGNING_KEY_ID,
      signingJwk: vars.STREAM_SIGNING_JWK,
      webhookSecret: vars.STREAM_WEBHOOK_SECRET,
      notificationSecret: vars.STREAM_NOTIFICATION_SECRET,
      recordingTimeoutSeconds: vars.STREAM_RECORDING_TIMEOUT_SECONDS,
      deleteRecordingAfterDays: vars.STREAM_DELETE_RECORDING_AFTER_DAYS,
      intermissionMinutes: vars.STREAM_INTERMISSION_MINUTES,
      tokenTtlSeconds: vars.STREAM_TOKEN_TTL_SECONDS,
      accessRules: vars.STREAM_ACCESS_RULES,
      allowedOrigins: vars.STREAM_ALLOWED_ORIGINS
        ? vars.STREAM_ALLOWED_ORIGINS.split(",")
            .map((origin) => origin.trim())
            .filter(Boolean)
        : [new URL(vars.SITE_URL).host],
      webhookMaxSkewSeconds: vars.STREAM_WEBHOOK_MAX_SKEW_SECONDS,
      preferLowLatency: vars.STREAM_PREFER_LOW_LATENCY,
    },
    notify: {
      email:
        vars.NOTIFY_EMAIL_PROVIDER === "resend"
          ? {
              provider: "resend",
              apiBase: vars.RESEND_API_BASE,
              apiKey: vars.RESEND_API_KEY ?? "",
              from: vars.NOTIFY_EMAIL_FROM,
            }
          : { provider: "outbox" },
      sms:
        vars.NOTIFY_SMS_PROVIDER === "twilio"
          ? {
              provider: "twilio",
              apiBase: vars.TWILIO_API_BASE,
              accountSid: vars.TWILIO_ACCOUNT_SID ?? "",
              authToken: vars.TWILIO_AUTH_TOKEN ?? "",
              from: vars.TWILIO_FROM ?? "",
            }
          : { provider: "outbox" },
      push:
        vars.WEB_PUSH_VAPID_PUBLIC_KEY && vars.WEB_PUSH_VAPID_PRIVATE_KEY
          ? {
              publicKey: vars.WEB_PUSH_VAPID_PUBLIC_KEY,
              privateKey: vars.WEB_PUSH_VAPID_PRIVATE_KEY,
              subject: vars.WEB_PUSH_SUBJECT,
            }
          : undefined,
    },
    siteOrigins: [...new Set([new URL(vars.SITE_URL).origin, ...vars.CORS_ALLOWED_ORIGINS])],
    graphqlLimits: {
      tokens: vars.GRAPHQL_MAX_TOKENS,
      depth: vars.GRAPHQL_MAX_DEPTH,
      aliases: vars.GRAPHQL_MAX_ALIASES,
      directives: vars.GRAPHQL_MAX_DIRECTIVES,
      cost: vars.GRAPHQL_MAX_COST,
    },
    retention: {
      sessionDays: vars.RETENTION_SESSION_DAYS,
      outboxDays: vars.RETENTION_OUTBOX_DAYS,
      webhookEventDays: vars.RETENTION_WEBHOOK_EVENT_DAYS,
      viewerSessionDays: vars.RETENTION_VIEWER_SESSION_DAYS,
      chatMessageDays: vars.RETENTION_CHAT_MESSAGE_DAYS,
    },
  };
  cache.set(env, config);
  return config;
}
