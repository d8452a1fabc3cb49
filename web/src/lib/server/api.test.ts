import type { RequestEvent } from "@sveltejs/kit";
import { describe, expect, it, vi } from "vitest";
import { forwardToApi } from "./api";

// Production's configuration: no API origin, so requests go through the `API` binding.
vi.mock("./config", () => ({ readConfig: () => ({ apiOrigin: undefined }) }));

/** A browser's request as the site receives it, with the API bound as a service (production). */
function eventFor(request: Request, cf: Record<string, unknown> | undefined, seen: Request[]): RequestEvent {
  const API = {
    fetch: async (input: Request) => {
      seen.push(input);
      return new Response(null, { status: 204 });
    },
  };
  return { request, url: new URL(request.url), platform: { env: { API }, cf } } as unknown as RequestEvent;
}

describe("forwardToApi", () => {
  it("passes the browser's country on as cf-ipcountry, since a service binding drops request.cf", async () => {
    const seen: Request[] = [];
    const request = new Request("https://firestream.example.com/api/heartbeat", { method: "POST", body: "{}" });

    const response = await forwardToApi(eventFor(request, { country: "NZ" }, seen));

    expect(response.status).toBe(204);
    expect(seen[0]?.headers.get("cf-ipcountry")).toBe("NZ");
  });

  it("adds no country when Cloudflare gave none (the dev server)", async () => {
    const seen: Request[] = [];
    await forwardToApi(eventFor(new Request("https://firestream.example.com/api/me"), undefined, seen));

    expect(seen[0]?.headers.has("cf-ipcountry")).toBe(false);
  });
});
