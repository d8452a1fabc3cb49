import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { unstable_readConfig } from "wrangler";
import { defineConfig } from "vitest/config";

// Fresh secrets per run: tests never depend on a committed key or on a developer's .dev.vars.
// They go into the bindings, and into process.env, where wrangler looks for the secrets that
// wrangler.jsonc declares as required (otherwise it warns).
const secrets = {
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  STREAM_WEBHOOK_SECRET: randomBytes(32).toString("hex"),
  STREAM_NOTIFICATION_SECRET: randomBytes(24).toString("base64url"),
};
Object.assign(process.env, secrets);

const TEST_LIMITS: Record<string, number> = {
  SIGN_IN_ACCOUNT_LIMITER: 5,
  SIGN_IN_ADDRESS_LIMITER: 30,
  SIGN_UP_ADDRESS_LIMITER: 10,
  PASSWORD_CHANGE_LIMITER: 5,
  REGISTRATION_LIMITER: 10,
  HEARTBEAT_LIMITER: 20,
};
interface RateLimitBinding {
  name: string;
  namespace_id: string;
  simple: { limit: number; period: 10 | 60 };
}
const productionLimits: RateLimitBinding[] = unstable_readConfig({
  config: join(import.meta.dirname, "wrangler.jsonc"),
}).ratelimits;

export default defineConfig(async () => {
  const migrations = await readD1Migrations(join(import.meta.dirname, "..", "migrations"));
  // The site's typed operations (codegen output), measured against the operation limits.
  const siteOperations = readFileSync(
    join(import.meta.dirname, "..", "web", "src", "lib", "graphql", "generated", "graphql.ts"),
    "utf8",
  );
  return {
    plugins: [
      cloudflareTest(({ inject }) => ({
        wrangler: { configPath: "./wrangler.jsonc" },
        miniflare: {
          // Tests set their own limits, small enough for src/security to reach them quickly;
          // namespaces and periods stay as in wrangler.jsonc.
          ratelimits: Object.fromEntries(
            productionLimits.map((binding) => [
              binding.name,
              {
                namespace_id: binding.namespace_id,
                simple: { limit: TEST_LIMITS[binding.name] ?? binding.simple.limit, period: binding.simple.period },
              },
            ]),
          ),
          bindings: {
            TEST_MIGRATIONS: migrations,
            SITE_OPERATIONS: siteOperations,
            WRANGLER_RATELIMITS: JSON.stringify(productionLimits),
            ENVIRONMENT: "test",
            ...secrets,
            // A real HTTP identity provider started by test/identity-provider.ts
            AUTH_EXTERNAL_JWKS_URL: inject<string>("identityProviderJwksUrl"),
            AUTH_EXTERNAL_ISSUER: "https://idp.test/",
            AUTH_EXTERNAL_AUDIENCE: "firestream-test",
            AUTH_EXTERNAL_ORGANIZER_ROLE: "firestream-organizer",
            IDP_PRIVATE_JWK: inject<string>("identityProviderPrivateJwk"),
            // Cloudflare Stream is played by a real stream-local (test/stream-local.ts)
            STREAM_API_BASE: inject<string>("streamApiBase"),
            STREAM_PLAYBACK_BASE: inject<string>("streamPlaybackBase"),
            STREAM_ACCOUNT_ID: inject<string>("streamAccountId"),
            STREAM_API_TOKEN: inject<string>("streamApiToken"),
            STREAM_SIGNING_KEY_ID: inject<string>("streamSigningKeyId"),
            STREAM_SIGNING_JWK: inject<string>("streamSigningJwk"),
            STREAM_RECORDING_TIMEOUT_SECONDS: "30",
            RECORDED_LIVE_INPUT_ID: inject<string>("recordedLiveInputId"),
            RECORDED_VIDEO_ID: inject<string>("recordedVideoId"),
            // A Stream that hangs or fails on request (test/faulty-stream.ts)
            FAULTY_STREAM_BASE: inject<string>("faultyStreamBase"),
            REFUSING_STREAM_BASE: inject<string>("refusingStreamBase"),
            OPENAPI_VALIDATOR_URL: inject<string>("openapiValidatorUrl"),
            // A push service that keeps what it receives (test/push-service.ts)
            PUSH_SERVICE_BASE: inject<string>("pushServiceBase"),
          },
        },
      })),
    ],
    test: {
      globalSetup: [
        "./test/identity-provider.ts",
        "./test/stream-local.ts",
        "./test/faulty-stream.ts",
        "./test/openapi-validator.ts",
        "./test/push-service.ts",
      ],
      setupFiles: ["./test/apply-migrations.ts"],
      include: ["src/**/*.test.ts"],
    },
  };
});
