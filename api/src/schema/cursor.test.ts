import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

function refusal(cursor: string, arity = 2): unknown {
  try {
    decodeCursor(cursor, arity);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("connection cursors", () => {
  it("decode to the keyset values they were made of", () => {
    const parts = ["2026-12-05T02:00:00.000Z", "47a70056-4470-4270-b8a4-cf63c08448c7"];
    expect(decodeCursor(encodeCursor(parts), 2)).toEqual(parts);
    expect(decodeCursor(encodeCursor(["Größe 🔥", "x"]), 2)).toEqual(["Größe 🔥", "x"]);
  });

  it.each([
    ["garbage", "garbage"],
    ["an empty cursor", ""],
    ["not base64url", "!!!!"],
    ["base64 with padding", `${encodeCursor(["a", "b"])}==`],
    ["whitespace that atob would skip", ` ${encodeCursor(["a", "b"])}`],
    ["base64 of something that is not JSON", btoa("not json")],
    ["JSON that is not a list", encodeCursor({ a: 1 } as unknown as string[])],
    ["too few values", encodeCursor(["a"])],
    ["too many values", encodeCursor(["a", "b", "c"])],
    ["a value that is not a string", btoa(JSON.stringify(["a", 1])).replaceAll("=", "")],
    ["an empty value", encodeCursor(["", "b"])],
    ["a value with a control character", encodeCursor(["a\u0000", "b"])],
    ["a value longer than any keyset value", encodeCursor(["a".repeat(201), "b"])],
    ["bytes that are not UTF-8", btoa('["\xff\xfe","b"]').replaceAll("=", "")],
    ["a very long cursor", "A".repeat(10_000)],
  ])("refuses %s with BAD_USER_INPUT", (_, cursor) => {
    const error = refusal(cursor);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe("BAD_USER_INPUT");
    expect((error as GraphQLError).message).toMatch(/Invalid cursor/);
  });
});
