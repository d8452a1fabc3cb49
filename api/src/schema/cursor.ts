import { GraphQLError } from "graphql";

/** Cursors this API hands out are far shorter; a longer one is not worth decoding. */
const MAX_CURSOR_LENGTH = 512;
/** One keyset value (an instant, an id) */
const MAX_PART_LENGTH = 200;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Opaque connection cursors: the keyset values of a row, base64url-encoded. */
export function encodeCursor(parts: readonly string[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify(parts));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replaceAll("=", "");
}

function isKeysetValue(part: unknown): part is string {
  return typeof part === "string" && part.length > 0 && part.length <= MAX_PART_LENGTH && !CONTROL.test(part);
}

/**
 * The keyset values of a cursor from `encodeCursor`, or a `BAD_USER_INPUT` error for anything
 * else: not base64url, not UTF-8 JSON, the wrong number of values, or values no row could have.
 */
export function decodeCursor(cursor: string, arity: number): string[] {
  if (cursor.length <= MAX_CURSOR_LENGTH && BASE64URL.test(cursor)) {
    try {
      const base64 = cursor.replaceAll("-", "+").replaceAll("_", "/");
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const parts: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
      if (Array.isArray(parts) && parts.length === arity && parts.every(isKeysetValue)) return parts;
    } catch {
      // reported below
    }
  }
  throw new GraphQLError("Invalid cursor: use a cursor from this connection's pageInfo or edges", {
    extensions: { code: "BAD_USER_INPUT" },
  });
}
