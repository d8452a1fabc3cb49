import { describe, expect, it } from "vitest";
import {
  DEFAULT_PLAYBACK_ORIGINS,
  DEV_PLAYBACK_ORIGINS,
  extendPolicy,
  graphiqlPolicy,
  parsePlaybackOrigins,
  securityHeaders,
  withHeaders,
} from "./headers";

describe("securityHeaders", () => {
  it("sends nosniff, a referrer policy, a permissions policy and no framing", () => {
    const headers = securityHeaders(new URL("http://localhost:5173/"));
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["permissions-policy"]).toMatch(/camera=\(\), microphone=\(\)/);
  });

  it("adds HSTS over https only", () => {
    expect(securityHeaders(new URL("http://localhost/"))["strict-transport-security"]).toBeUndefined();
    expect(securityHeaders(new URL("https://firestream.example/"))["strict-transport-security"]).toBe(
      "max-age=31536000",
    );
  });
});

describe("withHeaders", () => {
  it("keeps headers a response set itself", () => {
    const response = withHeaders(new Response("x", { headers: { "referrer-policy": "no-referrer" } }), {
      "referrer-policy": "strict-origin-when-cross-origin",
      "x-frame-options": "DENY",
    });
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("copies a response whose headers cannot change", async () => {
    const redirect = Response.redirect("https://firestream.example/", 302);
    const response = withHeaders(redirect, { "x-frame-options": "DENY" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("https://firestream.example/");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });
});

describe("extendPolicy", () => {
  it("adds sources to the directives named, and directives it lacks", () => {
    const policy = "default-src 'self'; media-src 'self' blob:; connect-src 'self'";
    expect(
      extendPolicy(policy, {
        "media-src": ["https://*.cloudflarestream.com"],
        "connect-src": ["https://*.cloudflarestream.com"],
        "worker-src": ["blob:"],
        "img-src": [],
      }),
    ).toBe(
      "default-src 'self'; media-src 'self' blob: https://*.cloudflarestream.com; connect-src 'self' https://*.cloudflarestream.com; worker-src blob:",
    );
  });
});

describe("parsePlaybackOrigins", () => {
  it("defaults to Cloudflare Stream in production and to local ports in dev", () => {
    expect(parsePlaybackOrigins(undefined, false)).toEqual(DEFAULT_PLAYBACK_ORIGINS);
    expect(parsePlaybackOrigins("", true)).toEqual(DEV_PLAYBACK_ORIGINS);
  });

  it("reads a list separated by commas or spaces", () => {
    expect(
      parsePlaybackOrigins(
        "https://customer-abc123.cloudflarestream.com, http://127.0.0.1:8790  https://*.a.test",
        false,
      ),
    ).toEqual(["https://customer-abc123.cloudflarestream.com", "http://127.0.0.1:8790", "https://*.a.test"]);
  });

  it.each([
    "customer-abc.cloudflarestream.com",
    "https://customer-*.cloudflarestream.com",
    "https://a.test/path",
    "https://a.test; script-src *",
    "'unsafe-inline'",
    "*",
    "javascript:alert(1)",
  ])("refuses %s, which is not an origin", (value) => {
    expect(() => parsePlaybackOrigins(value, false)).toThrow(/STREAM_PLAYBACK_ORIGINS/);
  });
});

describe("graphiqlPolicy", () => {
  it("allows exactly the page's inline scripts, by hash", async () => {
    const html = "<script>one()</script><script src=/x.js></script><script>two()</script>";
    const policy = await graphiqlPolicy(html);
    const hash = async (text: string) =>
      btoa(
        String.fromCharCode(...new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)))),
      );
    expect(policy).toContain(`script-src 'self' 'sha256-${await hash("one()")}' 'sha256-${await hash("two()")}';`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  });
});
