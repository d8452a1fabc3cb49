import { randomBytes } from "node:crypto";

/** 32 lowercase hex characters, the shape of Cloudflare's uids and ids. */
export function newUid(): string {
  return randomBytes(16).toString("hex");
}

export const UID_PATTERN = /^[0-9a-f]{32}$/;
