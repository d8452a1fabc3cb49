import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

// A fresh secret per run: tests never depend on a committed key. Set in process.env, where
// wrangler looks for the secrets wrangler.jsonc declares as required.
process.env.AUTH_SECRET = randomBytes(32).toString("base64url");

export default defineConfig(async () => {
  const migrations = await readD1Migrations(join(import.meta.dirname, "..", "migrations"));
  return {
    plugins: [
      cloudflareTest(({ inject }) => ({
        wrangler: { configPath: "./wrangler.jsonc" },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: migrations,
            ENVIRONMENT: "test",
            // A real HTTP identity provider started by test/identity-provider.ts
            AUTH_EXTERNAL_JWKS_URL: inject<string>("identityProviderJwksUrl"),
            AUTH_EXTERNAL_ISSUER: "https://idp.test/",
            AUTH_EXTERNAL_AUDIENCE: "firestream-test",
            AUTH_EXTERNAL_ORGANIZER_ROLE: "firestream-organizer",
            IDP_PRIVATE_JWK: inject<string>("identityProviderPrivateJwk"),
          },
        },
      })),
    ],
    test: {
      globalSetup: ["./test/identity-provider.ts"],
      setupFiles: ["./test/apply-migrations.ts"],
      include: ["src/**/*.test.ts"],
    },
  };
});
