/**
 * A tiny stand-in for api.cloudflare.com and the customer playback host that answers the Worker's
 * client with recorded Cloudflare responses (test/fixtures/cloudflare).
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

export const REPLAY = {
  accountId: "023e105f4ecef8ad9ca31a8372d0c353",
  apiToken: "Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY",
  liveInputUid: "66be4bf738797e01e1fca35a7bdecdcd",
  videoUid: "ea95132c15732412d22c1476fa83f27a",
};

const fixturesDir = join(import.meta.dirname, "..", "fixtures", "cloudflare");

interface Fixture {
  status: number;
  body?: unknown;
  /** A non-JSON answer, sent as it is */
  text?: string;
  contentType?: string;
}

function fixture(name: string): Fixture {
  return JSON.parse(readFileSync(join(fixturesDir, `${name}.json`), "utf8"));
}

interface ReplayRoute {
  method: string;
  pattern: RegExp;
  fixture: string;
  /** The uid this route is about, when it has one: any other uid is unknown to Cloudflare */
  uidGroup?: number;
  deletesInput?: boolean;
}

const ACCOUNT = `/client/v4/accounts/${REPLAY.accountId}`;
const routes: ReplayRoute[] = [
  { method: "POST", pattern: /^\/stream\/live_inputs$/, fixture: "live-input-created" },
  { method: "GET", pattern: /^\/stream\/live_inputs\/([^/]+)$/, fixture: "live-input", uidGroup: 1 },
  { method: "PUT", pattern: /^\/stream\/live_inputs\/([^/]+)$/, fixture: "live-input-updated", uidGroup: 1 },
  {
    method: "DELETE",
    pattern: /^\/stream\/live_inputs\/([^/]+)$/,
    fixture: "live-input-deleted",
    uidGroup: 1,
    deletesInput: true,
  },
  {
    method: "POST",
    pattern: /^\/stream\/live_inputs\/([^/]+)\/rotate_keys$/,
    fixture: "live-input-rotated",
    uidGroup: 1,
  },
  { method: "GET", pattern: /^\/stream\/live_inputs\/([^/]+)\/videos$/, fixture: "live-input-videos", uidGroup: 1 },
  { method: "POST", pattern: /^\/stream\/keys$/, fixture: "signing-key-created" },
  { method: "PUT", pattern: /^\/stream\/webhook$/, fixture: "webhook" },
  { method: "POST", pattern: /^\/alerting\/v3\/destinations\/webhooks$/, fixture: "notification-destination-created" },
  { method: "POST", pattern: /^\/alerting\/v3\/policies$/, fixture: "notification-policy-created" },
  { method: "GET", pattern: /^\/alerting\/v3\/destinations\/webhooks$/, fixture: "notification-destinations" },
  { method: "GET", pattern: /^\/alerting\/v3\/policies$/, fixture: "notification-policies" },
  {
    method: "DELETE",
    pattern: /^\/alerting\/v3\/(destinations\/webhooks|policies)\/[0-9a-f]{32}$/,
    fixture: "notification-deleted",
  },
  { method: "GET", pattern: /^\/stream\/([0-9a-f]{32})\/captions$/, fixture: "captions", uidGroup: 1 },
  { method: "PUT", pattern: /^\/stream\/([0-9a-f]{32})\/captions\/en$/, fixture: "captions-uploaded", uidGroup: 1 },
  { method: "GET", pattern: /^\/stream\/([0-9a-f]{32})\/captions\/en\/vtt$/, fixture: "captions-vtt", uidGroup: 1 },
  { method: "GET", pattern: /^\/stream\/([0-9a-f]{32})$/, fixture: "video", uidGroup: 1 },
  { method: "POST", pattern: /^\/stream\/([0-9a-f]{32})\/downloads$/, fixture: "downloads-created", uidGroup: 1 },
  { method: "GET", pattern: /^\/stream\/([0-9a-f]{32})\/downloads$/, fixture: "downloads", uidGroup: 1 },
];
const playbackRoutes: ReplayRoute[] = [
  { method: "GET", pattern: /^\/([^/]+)\/lifecycle$/, fixture: "lifecycle", uidGroup: 1 },
  { method: "GET", pattern: /^\/([^/]+)\/views$/, fixture: "views", uidGroup: 1 },
];

export interface ReplayServer {
  apiBase: string;
  playbackBase: string;
  close(): Promise<void>;
}

export async function startCloudflareReplayServer(): Promise<ReplayServer> {
  const deletedInputs = new Set<string>();
  const knownUids = new Set([REPLAY.liveInputUid, REPLAY.videoUid]);

  const answer = (path: string, method: string, authorization: string | undefined): Fixture => {
    const api = path.startsWith(`${ACCOUNT}/`);
    if (api && authorization !== `Bearer ${REPLAY.apiToken}`) return fixture("error-authentication");
    const subPath = api ? path.slice(ACCOUNT.length) : path;
    for (const route of api ? routes : playbackRoutes) {
      const found = route.pattern.exec(subPath);
      if (!found || route.method !== method) continue;
      const uid = route.uidGroup ? found[route.uidGroup] : undefined;
      if (uid !== undefined && (!knownUids.has(uid) || deletedInputs.has(uid))) return fixture("error-not-found");
      if (route.deletesInput && uid) deletedInputs.add(uid);
      return fixture(route.fixture);
    }
    return fixture("error-not-found");
  };

  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      const { status, body, text, contentType } = answer(
        new URL(request.url ?? "/", "http://replay").pathname,
        request.method ?? "GET",
        request.headers.authorization,
      );
      if (text !== undefined) response.writeHead(status, { "content-type": contentType ?? "text/plain" }).end(text);
      else response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiBase: `${base}/client/v4`,
    playbackBase: base,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
