import { describe, expect, it } from "vitest";
import { linkify } from "./linkify";

describe("linkify", () => {
  it("leaves a fan's message as one piece of text, addresses included", () => {
    expect(linkify("see https://spam.example now", false)).toEqual([{ text: "see https://spam.example now" }]);
  });

  it("turns an organizer's http(s) addresses into links, without the punctuation that follows them", () => {
    expect(linkify("Tickets: https://circus.example/t?a=1. Enjoy!", true)).toEqual([
      { text: "Tickets: " },
      { text: "https://circus.example/t?a=1", href: "https://circus.example/t?a=1" },
      { text: ". Enjoy!" },
    ]);
  });

  it("never makes links of other schemes, and keeps markup as text", () => {
    expect(linkify("javascript:alert(1) <b>hi</b>", true)).toEqual([{ text: "javascript:alert(1) <b>hi</b>" }]);
  });
});
