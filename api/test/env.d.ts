import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
      /** web/src/lib/graphql/generated/graphql.ts: every document of the site */
      SITE_OPERATIONS: string;
      IDP_PRIVATE_JWK: string;
      /** wrangler.jsonc's ratelimits, as JSON */
      WRANGLER_RATELIMITS: string;
      /** A live input of the test stream-local with one ready recording */
      RECORDED_LIVE_INPUT_ID: string;
      RECORDED_VIDEO_ID: string;
      FAULTY_STREAM_BASE: string;
      REFUSING_STREAM_BASE: string;
      /** test/openapi-validator.ts: POST an OpenAPI document, get `{ valid, errors }` */
      OPENAPI_VALIDATOR_URL: string;
      /** test/push-service.ts: a push service that keeps what it receives */
      PUSH_SERVICE_BASE: string;
    }
  }
}

declare module "vitest" {
  interface ProvidedContext {
    identityProviderJwksUrl: string;
    identityProviderPrivateJwk: string;
    streamApiBase: string;
    streamPlaybackBase: string;
    streamAccountId: string;
    streamApiToken: string;
    streamSigningKeyId: string;
    streamSigningJwk: string;
    recordedLiveInputId: string;
    recordedVideoId: string;
    faultyStreamBase: string;
    refusingStreamBase: string;
    openapiValidatorUrl: string;
    pushServiceBase: string;
  }
}
