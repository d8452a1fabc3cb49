/**
 * Signed playback URLs as Cloudflare Stream checks them: the token (a JWT) stands where the uid
 * would, RS256 only, signed by one of the account's signing keys (`kid`), with `sub` the uid it
 * grants, a required `exp`, an optional `nbf`, and optional `accessRules`.
 */
import { type CryptoKey, decodeJwt, decodeProtectedHeader, importJWK, jwtVerify, type JWTPayload } from "jose";
import { type AccessRule, AccessRulesSchema, type Client, evaluateAccessRules } from "./access-rules";
import type { SigningKeyRecords } from "./signing-key";

export type TokenVerdict =
  { ok: true; uid: string; downloadable: boolean } | { ok: false; status: 401 | 403; reason: string };

const refuse = (reason: string, status: 401 | 403 = 401): TokenVerdict => ({ ok: false, status, reason });

export class PlaybackTokenVerifier {
  readonly #signingKeys: SigningKeyRecords;
  readonly #keys = new Map<string, CryptoKey | Uint8Array>();

  constructor(signingKeys: SigningKeyRecords) {
    this.#signingKeys = signingKeys;
  }

  async verify(token: string, client: Client): Promise<TokenVerdict> {
    let header: ReturnType<typeof decodeProtectedHeader>;
    let unverified: JWTPayload;
    try {
      header = decodeProtectedHeader(token);
      unverified = decodeJwt(token);
    } catch {
      return refuse("not a signed token");
    }
    if (header.alg !== "RS256") return refuse(`tokens must be signed with RS256, not ${String(header.alg)}`);
    const kid = header.kid ?? (typeof unverified.kid === "string" ? unverified.kid : undefined);
    if (!kid) return refuse("the token names no signing key (kid)");
    const key = await this.#publicKey(kid);
    if (!key) return refuse("unknown or revoked signing key");

    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, key, { algorithms: ["RS256"], requiredClaims: ["sub", "exp"] }));
    } catch (error) {
      return refuse(`invalid token: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (claims.kid !== undefined && claims.kid !== kid)
      return refuse("the token's kid claim does not match its header");
    if (typeof claims.sub !== "string" || !claims.sub) return refuse("the token grants no uid (sub)");

    let rules: AccessRule[] = [];
    if (claims.accessRules !== undefined) {
      const parsed = AccessRulesSchema.safeParse(claims.accessRules);
      if (!parsed.success) return refuse("the token's accessRules are invalid");
      rules = parsed.data;
    }
    if (evaluateAccessRules(rules, client) === "block") return refuse("blocked by the token's accessRules", 403);
    return { ok: true, uid: claims.sub, downloadable: claims.downloadable === true };
  }

  async #publicKey(kid: string): Promise<CryptoKey | Uint8Array | undefined> {
    const record = this.#signingKeys.get(kid);
    if (!record) {
      this.#keys.delete(kid);
      return undefined;
    }
    let key = this.#keys.get(kid);
    if (!key) {
      key = await importJWK({ ...record.publicJwk, alg: "RS256" } as Parameters<typeof importJWK>[0], "RS256");
      this.#keys.set(kid, key);
    }
    return key;
  }
}
