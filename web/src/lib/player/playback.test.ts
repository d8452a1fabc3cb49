import { describe, expect, it } from "vitest";
import { currentGrant, newSessionId, type PlaybackGrant, renewalDelay, tokenPartOf, withToken } from "./playback";

const MINUTE = 60_000;
const SERVER_NOW = Date.parse("2026-12-04T20:00:00Z");
const inMinutes = (minutes: number) => new Date(SERVER_NOW + minutes * MINUTE).toISOString();

const grant = (overrides: Partial<PlaybackGrant> = {}): PlaybackGrant => ({
  hlsUrl: "https://stream.test/v1/tok-a/manifest/video.m3u8",
  expiresAt: inMinutes(60),
  live: true,
  heartbeatToken: "beat-a",
  ...overrides,
});

describe("renewalDelay", () => {
  it("renews an hour's grant five minutes before it expires", () => {
    expect(renewalDelay(inMinutes(60), SERVER_NOW)).toBe(55 * MINUTE);
  });

  it("renews a short grant half-way through", () => {
    expect(renewalDelay(inMinutes(4), SERVER_NOW)).toBe(2 * MINUTE);
  });

  it("waits at least five seconds, however close the expiry", () => {
    expect(renewalDelay(new Date(SERVER_NOW + 8_000).toISOString(), SERVER_NOW)).toBe(5_000);
    expect(renewalDelay(new Date(SERVER_NOW + 1_000).toISOString(), SERVER_NOW)).toBe(5_000);
  });

  it("asks again after five seconds, not at once, when a clock running ahead sees the grant as expired", () => {
    const fastClock = SERVER_NOW + 90 * MINUTE;
    expect(renewalDelay(inMinutes(60), fastClock)).toBe(5_000);
  });

  it("still renews before expiry on a clock running up to five minutes slow", () => {
    const slowClock = SERVER_NOW - (5 * MINUTE - 1_000);
    const delay = renewalDelay(inMinutes(60), slowClock);
    expect(SERVER_NOW + delay).toBeLessThan(Date.parse(inMinutes(60)));
  });

  it("renews early, never late, on a clock running ahead", () => {
    const fastClock = SERVER_NOW + 10 * MINUTE;
    expect(renewalDelay(inMinutes(60), fastClock)).toBe(45 * MINUTE);
  });
});

describe("currentGrant", () => {
  it("plays a renewal of the same stream that lasts longer", () => {
    const renewed = grant({ hlsUrl: "https://stream.test/v1/tok-b/manifest/video.m3u8", expiresAt: inMinutes(115) });
    expect(currentGrant(grant(), renewed)).toBe(renewed);
  });

  it("keeps the page's grant when it is newer than the renewal", () => {
    const given = grant({ expiresAt: inMinutes(120) });
    expect(currentGrant(given, grant({ expiresAt: inMinutes(90) }))).toBe(given);
  });

  it("drops a live renewal once the page moved on to the replay", () => {
    const replay = grant({ live: false, expiresAt: inMinutes(30) });
    expect(currentGrant(replay, grant({ live: true, expiresAt: inMinutes(120) }))).toBe(replay);
  });

  it("plays the page's grant until there is a renewal", () => {
    const given = grant();
    expect(currentGrant(given, null)).toBe(given);
  });
});

describe("tokenPartOf", () => {
  it("finds the token and the base of a signed manifest URL", () => {
    expect(tokenPartOf("https://customer-x.cloudflarestream.com/eyJ.a.b/manifest/video.m3u8")).toEqual({
      base: "https://customer-x.cloudflarestream.com",
      token: "eyJ.a.b",
    });
  });

  it("ignores a query or fragment after the manifest", () => {
    expect(tokenPartOf("http://127.0.0.1:9000/s/tok/manifest/video.m3u8?clientBandwidthHint=2#t=1")).toEqual({
      base: "http://127.0.0.1:9000/s",
      token: "tok",
    });
  });

  it("finds nothing in a URL that is not a signed manifest", () => {
    expect(tokenPartOf("https://stream.test/tok/thumbnails/thumbnail.jpg")).toBeUndefined();
  });
});

describe("withToken", () => {
  const current = "https://stream.test/v1/tok-new/manifest/video.m3u8";

  it("puts the current token into a playlist or segment listed under an older one", () => {
    expect(withToken("https://stream.test/v1/tok-old/manifest/stream_720p.m3u8", current)).toBe(
      "https://stream.test/v1/tok-new/manifest/stream_720p.m3u8",
    );
    expect(withToken("https://stream.test/v1/tok-old/segments/720p/0042.ts", current)).toBe(
      "https://stream.test/v1/tok-new/segments/720p/0042.ts",
    );
  });

  it("leaves requests to anywhere else alone", () => {
    expect(withToken("https://other.test/v1/tok-old/manifest/video.m3u8", current)).toBe(
      "https://other.test/v1/tok-old/manifest/video.m3u8",
    );
    expect(withToken("https://stream.test/v2/tok-old/manifest/video.m3u8", current)).toBe(
      "https://stream.test/v2/tok-old/manifest/video.m3u8",
    );
  });

  it("leaves a URL with nothing below the token alone", () => {
    expect(withToken("https://stream.test/v1/tok-old", current)).toBe("https://stream.test/v1/tok-old");
  });

  it("changes nothing when the current URL is not a signed manifest", () => {
    const url = "https://stream.test/v1/tok-old/manifest/video.m3u8";
    expect(withToken(url, "https://stream.test/v1/video.mp4")).toBe(url);
  });
});

describe("newSessionId", () => {
  it("is 32 hex digits, fresh each time", () => {
    const first = newSessionId();
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(newSessionId()).not.toBe(first);
  });
});
