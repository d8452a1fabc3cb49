import { describe, expect, it } from "vitest";
import { notificationFromPush } from "./push-payload";

describe("notificationFromPush", () => {
  it("shows the API's title and body and keeps the watch page's path", () => {
    expect(
      notificationFromPush({
        title: "Live now: Sparks",
        body: "Sparks is live now.",
        url: "https://firestream.example.com/shows/abc/watch",
        tag: "d1",
      }),
    ).toEqual({ title: "Live now: Sparks", body: "Sparks is live now.", url: "/shows/abc/watch", tag: "d1" });
  });

  it("never leads anywhere but a show of the site, and survives payloads that are not the API's", () => {
    expect(notificationFromPush({ url: "javascript:alert(1)" }).url).toBe("/");
    expect(notificationFromPush({ url: "/admin" }).url).toBe("/");
    expect(notificationFromPush("plain text")).toMatchObject({ title: "Medicine Fire Circus", body: "plain text" });
    expect(notificationFromPush(null)).toMatchObject({ url: "/", tag: "firestream" });
    expect(notificationFromPush({ title: "x".repeat(1000) }).title).toHaveLength(300);
  });
});
