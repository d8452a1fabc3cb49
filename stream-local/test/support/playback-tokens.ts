import { importJWK, SignJWT, type JWTPayload } from "jose";
import type { SigningKey } from "../../../api/src/stream/client";

export interface TokenClaims extends JWTPayload {
  sub: string;
  accessRules?: unknown[];
  downloadable?: boolean;
}

/** A playback token signed the way the Worker signs them: RS256 with the key's private JWK. */
export async function signPlaybackToken(
  signingKey: SigningKey,
  claims: TokenClaims,
  expiresAt: number | string = "1h",
): Promise<string> {
  const jwk = JSON.parse(Buffer.from(signingKey.jwk, "base64").toString("utf8"));
  const key = await importJWK(jwk, "RS256");
  return new SignJWT({ kid: signingKey.id, ...claims })
    .setProtectedHeader({ alg: "RS256", kid: signingKey.id })
    .setExpirationTime(expiresAt)
    .sign(key);
}

export function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}
