// Connects FireStream to Cloudflare Stream (or to stream-local, which speaks the same API):
// creates a signing key for playback tokens, subscribes the video webhook and the live input
// notifications to the API's webhook endpoints, and hands over the resulting secrets.
//
//   pnpm --filter @firestream/api stream-setup --site https://shows.example.com --apply-secrets
//       Cloudflare: reads STREAM_API_BASE, STREAM_ACCOUNT_ID, STREAM_API_TOKEN from the environment,
//       stores the secrets with `wrangler secret put` and prints the vars to put in wrangler.jsonc.
//   tsx scripts/stream-setup.ts --site http://127.0.0.1:8787 --env-file <path>
//       Development (pnpm dev does this against stream-local): writes every STREAM_* value to a dotenv file.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { StreamClient } from "../src/stream/client";

const { values: args } = parseArgs({
  options: {
    site: { type: "string" },
    "env-file": { type: "string" },
    "apply-secrets": { type: "boolean", default: false },
    "api-base": { type: "string", default: process.env.STREAM_API_BASE },
    account: { type: "string", default: process.env.STREAM_ACCOUNT_ID },
    token: { type: "string", default: process.env.STREAM_API_TOKEN },
    "playback-base": { type: "string", default: process.env.STREAM_PLAYBACK_BASE },
  },
});

const required = (name: string, value: string | undefined): string => {
  if (!value) {
    console.error(`stream-setup: --${name} is required (or its STREAM_* environment variable)`);
    process.exit(2);
  }
  return value;
};

const site = new URL(required("site", args.site));
const config = {
  apiBase: required("api-base", args["api-base"]),
  accountId: required("account", args.account),
  apiToken: required("token", args.token),
  playbackBase: args["playback-base"] ?? "",
};
const client = new StreamClient(config);

const key = await client.createSigningKey();
const webhook = await client.setWebhook(new URL("/api/webhooks/stream", site).href);
// Running setup again replaces what an earlier run subscribed for this site: Cloudflare shows a
// destination's secret only once, and a forgotten one would keep sending with a stale secret.
const liveWebhookUrl = new URL("/api/webhooks/stream-live", site).href;
const stale = new Set(
  (await client.listNotificationDestinations())
    .filter((existing) => existing.url === liveWebhookUrl)
    .map((existing) => existing.id),
);
for (const policy of await client.listNotificationPolicies()) {
  const webhooks = (policy.mechanisms.webhooks ?? []).map((webhook) => webhook.id);
  if (webhooks.length === 0 || !webhooks.some((id) => stale.has(id))) continue;
  if (webhooks.every((id) => stale.has(id))) {
    await client.deleteNotificationPolicy(policy.id);
  } else {
    // A policy someone made by hand that also alerts elsewhere: leave it, and its destinations.
    console.warn(`stream-setup: policy "${policy.name}" also sends elsewhere; remove FireStream from it by hand`);
    for (const id of webhooks) stale.delete(id);
  }
}
for (const id of stale) await client.deleteNotificationDestination(id);
if (stale.size > 0) console.log(`stream-setup: replaced ${stale.size} earlier live notification destination(s)`);

const notificationSecret = randomBytes(24).toString("base64url");
const destination = await client.createNotificationDestination({
  name: `FireStream (${site.host})`,
  url: liveWebhookUrl,
  secret: notificationSecret,
});
await client.createLiveInputNotificationPolicy({ name: "FireStream live inputs", destinationId: destination.id });

const secrets = {
  STREAM_API_TOKEN: config.apiToken,
  STREAM_SIGNING_JWK: key.jwk,
  STREAM_WEBHOOK_SECRET: webhook.secret,
  STREAM_NOTIFICATION_SECRET: notificationSecret,
};
const vars = {
  STREAM_API_BASE: config.apiBase,
  STREAM_ACCOUNT_ID: config.accountId,
  STREAM_PLAYBACK_BASE: config.playbackBase,
  STREAM_SIGNING_KEY_ID: key.id,
};

if (args["env-file"]) {
  const lines = Object.entries({ ...vars, ...secrets }).map(([name, value]) => `${name}=${value}`);
  writeFileSync(args["env-file"], `# Written by stream-setup for local development.\n${lines.join("\n")}\n`, {
    mode: 0o600,
  });
  console.log(`stream-setup: wrote ${args["env-file"]} (signing key ${key.id})`);
} else if (args["apply-secrets"]) {
  for (const [name, value] of Object.entries(secrets)) {
    execFileSync("wrangler", ["secret", "put", name], { input: value, stdio: ["pipe", "inherit", "inherit"] });
  }
  console.log("stream-setup: secrets stored. Set these vars in api/wrangler.jsonc:");
  for (const [name, value] of Object.entries(vars)) console.log(`  "${name}": "${value}"`);
} else {
  console.error("stream-setup: give --env-file <path> (development) or --apply-secrets (production)");
  process.exit(2);
}
