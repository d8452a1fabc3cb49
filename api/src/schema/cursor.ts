import { GraphQLError } from "graphql";

/** Opaque connection cursors: the keyset values of a row, base64url-encoded. */
export function encodeCursor(parts: readonly string[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify(parts));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replaceAll("=", "");
}

export function decodeCursor(cursor: string, arity: number): string[] {
  try {
    const base64 = cursor.replaceAll("-", "+").replaceAll("_", "/");
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)));
    const parts: unknown = JSON.parse(json);
    if (Array.isArray(parts) && parts.length === arity && parts.every((part) => typeof part === "string")) {
      return parts;
    }
  } catch {
    // reported below
  }
  throw new GraphQLError("Invalid cursor: use a cursor from this connection's pageInfo or edges", {
    extensions: { code: "BAD_USER_INPUT" },
  });
}
