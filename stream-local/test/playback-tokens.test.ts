import { generateKeyPairSync } from "node:crypto";
import { rmSync } from "node:fs";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SigningKey, Video } from "../../api/src/stream/client";
import { eventually } from "./support/eventually";
import { base64url, signPlaybackToken } from "./support/playback-tokens";
import { seedLiveInput, seedUnfinishedRecording } from "./support/seed-recording";
import { makeTempDataDir, startTestStreamLocal, type TestStreamLocal } from "./support/test-stream-local";

describe("signed playback URLs", () => {
  let local: TestStreamLocal;
  let key: SigningKey;
  let video: Video;
  let originLocked: Video;
  const dataDir = makeTempDataDir();

  const fetchPlayback = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${local.streamLocal.httpUrl}${path}`, { headers });
  const masterStatus = async (uidOrToken: string, headers?: Record<string, string>) =>
    (await fetchPlayback(`/${uidOrToken}/manifest/video.m3u8`, headers)).status;
  const tokenFor = (claims: Record<string, unknown> = {}, expiresAt: number | string = "1h") =>
    signPlaybackToken(key, { sub: video.uid, ...claims }, expiresAt);

  beforeAll(async () => {
    const input = seedLiveInput(dataDir, { requireSignedURLs: true });
    const signed = await seedUnfinishedRecording(dataDir, { requireSignedURLs: true, liveInput: input.uid });
    const locked = await seedUnfinishedRecording(dataDir, {
      requireSignedURLs: false,
      allowedOrigins: ["firestream.example.com"],
    });
    local = await startTestStreamLocal({ dataDir });
    key = await local.client.createSigningKey();
    // The previous run left these in progress; this start finalizes them.
    video = await eventually(
      async () => {
        const found = await local.client.getVideo(signed.uid);
        return found.readyToStream ? found : undefined;
      },
      { what: "seeded recording ready" },
    );
    originLocked = await eventually(
      async () => {
        const found = await local.client.getVideo(locked.uid);
        return found.readyToStream ? found : undefined;
      },
      { what: "second seeded recording ready" },
    );
  });

  afterAll(async () => {
    await local?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("plays with a valid token, and every playlist link keeps the token in the path", async () => {
    const token = await tokenFor();
    const master = await fetchPlayback(`/${token}/manifest/video.m3u8`);
    expect(master.status).toBe(200);
    expect(master.headers.get("content-type")).toBe("application/vnd.apple.mpegurl");
    const variantPath = (await master.text()).split("\n").find((line) => line.endsWith(".m3u8"));
    expect(variantPath).toBe("0/index.m3u8");
    const variant = await fetchPlayback(`/${token}/manifest/${variantPath}`);
    const variantText = await variant.text();
    expect(variantText).toContain("#EXT-X-ENDLIST");
    const segment = variantText.split("\n").find((line) => line.endsWith(".ts"));
    expect(segment).toMatch(/^segment-\d+\.ts$/);
    const media = await fetchPlayback(`/${token}/manifest/0/${segment}`);
    expect(media.status).toBe(200);
    expect(media.headers.get("content-type")).toBe("video/mp2t");
    expect((await media.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });

  it("refuses the plain uid of a video that requires signed URLs", async () => {
    expect(await masterStatus(video.uid)).toBe(401);
    expect((await fetchPlayback(`/${video.uid}/thumbnails/thumbnail.jpg`)).status).toBe(401);
  });

  it("refuses a token whose signature was tampered with", async () => {
    const [header, payload, signature = ""] = (await tokenFor()).split(".");
    const flipped = signature.slice(0, 10) + (signature[10] === "A" ? "B" : "A") + signature.slice(11);
    expect(await masterStatus(`${header}.${payload}.${flipped}`)).toBe(401);
    const otherPayload = base64url({ sub: originLocked.uid, kid: key.id, exp: Math.floor(Date.now() / 1000) + 3600 });
    expect(await masterStatus(`${header}.${otherPayload}.${signature}`)).toBe(401);
  });

  it("refuses an expired token, and one not valid yet", async () => {
    expect(await masterStatus(await tokenFor({}, Math.floor(Date.now() / 1000) - 60))).toBe(401);
    expect(await masterStatus(await tokenFor({ nbf: Math.floor(Date.now() / 1000) + 600 }))).toBe(401);
  });

  it("refuses a token without exp", async () => {
    const jwk = JSON.parse(Buffer.from(key.jwk, "base64").toString("utf8"));
    const { importJWK } = await import("jose");
    const noExpiry = await new SignJWT({ sub: video.uid, kid: key.id })
      .setProtectedHeader({ alg: "RS256", kid: key.id })
      .sign(await importJWK(jwk, "RS256"));
    expect(await masterStatus(noExpiry)).toBe(401);
  });

  it("opens only the uid in sub: an input's token does not open the input's recording", async () => {
    const forInput = await signPlaybackToken(key, { sub: video.liveInput!, downloadable: true });
    expect(await masterStatus(forInput)).toBe(404);
    expect((await fetchPlayback(`/${forInput}/downloads/default.mp4`)).status).toBe(404);
    expect(await masterStatus(await tokenFor())).toBe(200);
    expect(await masterStatus(await signPlaybackToken(key, { sub: "0123456789abcdef0123456789abcdef" }))).toBe(404);
  });

  it("refuses alg none and HS256", async () => {
    const claims = { sub: video.uid, kid: key.id, exp: Math.floor(Date.now() / 1000) + 3600 };
    expect(await masterStatus(`${base64url({ alg: "none", kid: key.id })}.${base64url(claims)}.`)).toBe(401);
    const hs256 = await new SignJWT(claims)
      .setProtectedHeader({ alg: "HS256", kid: key.id })
      .sign(new TextEncoder().encode("a-shared-secret-of-enough-length"));
    expect(await masterStatus(hs256)).toBe(401);
  });

  it("refuses a token signed by a key it does not know", async () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const stranger = await new SignJWT({ sub: video.uid, kid: "0123456789abcdef0123456789abcdef" })
      .setProtectedHeader({ alg: "RS256", kid: "0123456789abcdef0123456789abcdef" })
      .setExpirationTime("1h")
      .sign(privateKey);
    expect(await masterStatus(stranger)).toBe(401);
    const forgedKid = await new SignJWT({ sub: video.uid, kid: key.id })
      .setProtectedHeader({ alg: "RS256", kid: key.id })
      .setExpirationTime("1h")
      .sign(privateKey);
    expect(await masterStatus(forgedKid)).toBe(401);
  });

  it("stops honouring a key's tokens once the key is deleted", async () => {
    const doomed = await local.client.createSigningKey();
    const token = await signPlaybackToken(doomed, { sub: video.uid });
    expect(await masterStatus(token)).toBe(200);
    const response = await fetch(
      `${local.streamLocal.apiBase}/accounts/${local.streamLocal.accountId}/stream/keys/${doomed.id}`,
      {
        method: "DELETE",
        headers: { authorization: `Bearer ${local.streamLocal.apiToken}` },
      },
    );
    expect(response.status).toBe(200);
    expect(await masterStatus(token)).toBe(401);
  });

  it("applies accessRules: first match wins, an ip.src block is 403, any allows", async () => {
    const rules = (accessRules: unknown[]) => tokenFor({ accessRules });
    expect(await masterStatus(await rules([{ type: "ip.src", action: "block", ip: ["127.0.0.0/8", "::1/128"] }]))).toBe(
      403,
    );
    expect(
      await masterStatus(
        await rules([
          { type: "any", action: "allow" },
          { type: "ip.src", action: "block", ip: ["127.0.0.1/32"] },
        ]),
      ),
    ).toBe(200);
    expect(
      await masterStatus(
        await rules([
          { type: "ip.src", action: "allow", ip: ["10.0.0.0/8"] },
          { type: "any", action: "block" },
        ]),
      ),
    ).toBe(403);
    expect(await masterStatus(await rules([{ type: "ip.src", action: "allow", ip: ["10.0.0.0/8"] }]))).toBe(200);
  });

  it("applies country rules from cf-ipcountry, and never matches an unknown country", async () => {
    const blockUs = await tokenFor({
      accessRules: [{ type: "ip.geoip.country", action: "block", country: ["US", "MX"] }],
    });
    expect(await masterStatus(blockUs, { "cf-ipcountry": "US" })).toBe(403);
    expect(await masterStatus(blockUs, { "cf-ipcountry": "CA" })).toBe(200);
    expect(await masterStatus(blockUs)).toBe(200);
  });

  it("refuses a token with more than five accessRules", async () => {
    const six = Array.from({ length: 6 }, () => ({ type: "any", action: "allow" }));
    expect(await masterStatus(await tokenFor({ accessRules: six }))).toBe(401);
  });

  it("serves downloads to tokens marked downloadable only", async () => {
    await local.client.createDownload(video.uid);
    await eventually(async () =>
      (await local.client.getDownloads(video.uid)).default?.status === "ready" ? true : undefined,
    );
    expect((await fetchPlayback(`/${await tokenFor()}/downloads/default.mp4`)).status).toBe(403);
    const download = await fetchPlayback(`/${await tokenFor({ downloadable: true })}/downloads/default.mp4`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("video/mp4");
  });

  it("answers allowedOrigins with CORS: a listed origin plays, another does not", async () => {
    const listed = await fetchPlayback(`/${originLocked.uid}/manifest/video.m3u8`, {
      origin: "https://firestream.example.com",
    });
    expect(listed.status).toBe(200);
    expect(listed.headers.get("access-control-allow-origin")).toBe("https://firestream.example.com");
    expect(
      (await fetchPlayback(`/${originLocked.uid}/manifest/video.m3u8`, { origin: "https://elsewhere.example.org" }))
        .status,
    ).toBe(403);
    const open = await fetchPlayback(`/${await tokenFor()}/manifest/video.m3u8`, {
      origin: "https://anywhere.example.org",
    });
    expect(open.headers.get("access-control-allow-origin")).toBe("*");
  });
});
