import { errors, jwtVerify, SignJWT } from "jose";
import type { Config } from "../config";
import type { AccountLinkPurpose } from "../db/tables";
import { AppError } from "../errors";

/** How long each emailed link works. */
export const LINK_LIFETIME_MINUTES: Record<AccountLinkPurpose, number> = {
  PASSWORD_RESET: 30,
  SIGN_IN: 15,
  EMAIL_CHANGE: 24 * 60,
};

/** Where each link lands on the site. */
export const LINK_PATHS: Record<AccountLinkPurpose, string> = {
  PASSWORD_RESET: "/reset-password",
  SIGN_IN: "/sign-in/link",
  EMAIL_CHANGE: "/me/email",
};

export type InvalidLinkReason = "EXPIRED" | "USED" | "INVALID";

const REASON_WORDS: Record<InvalidLinkReason, string> = {
  EXPIRED: "This link has expired: ask for a new one",
  USED: "This link was used already: each link works once, ask for a new one",
  INVALID: "This link does not work: copy the whole link from the email, or ask for a new one",
};

/** An emailed link that is expired, used, tampered with or no longer matches the account. */
export class InvalidLinkError extends AppError {
  readonly reason: InvalidLinkReason;

  constructor(reason: InvalidLinkReason) {
    super(REASON_WORDS[reason], "INVALID_LINK");
    this.reason = reason;
  }
}

export interface LinkClaims {
  linkId: string;
  userId: string;
  purpose: AccountLinkPurpose;
}

// A link token must never pass for a session token (or the reverse): its own audience and type.
const linkAudience = (config: Config) => `${config.auth.audience}:account-link`;
const LINK_TYPE = "firestream-account-link+jwt";

/** The signed token of a link: names its row, its user and what it may do, and expires with it. */
export function issueLinkToken(config: Config, link: LinkClaims & { expiresAt: Date }): Promise<string> {
  return new SignJWT({ purpose: link.purpose })
    .setProtectedHeader({ alg: "HS256", typ: LINK_TYPE })
    .setIssuer(config.auth.issuer)
    .setAudience(linkAudience(config))
    .setSubject(link.userId)
    .setJti(link.linkId)
    .setIssuedAt()
    .setExpirationTime(Math.floor(link.expiresAt.getTime() / 1000))
    .sign(config.auth.secret);
}

/** Checks a link token's signature, type, purpose and expiry at `now`. */
export async function verifyLinkToken(
  config: Config,
  token: string,
  purpose: AccountLinkPurpose,
  now: Date,
): Promise<LinkClaims> {
  try {
    const { payload, protectedHeader } = await jwtVerify(token, config.auth.secret, {
      algorithms: ["HS256"],
      issuer: config.auth.issuer,
      audience: linkAudience(config),
      typ: LINK_TYPE,
      requiredClaims: ["sub", "jti", "exp"],
      currentDate: now,
    });
    if (protectedHeader.typ !== LINK_TYPE || payload.purpose !== purpose) throw new InvalidLinkError("INVALID");
    return { linkId: String(payload.jti), userId: String(payload.sub), purpose };
  } catch (error) {
    if (error instanceof InvalidLinkError) throw error;
    if (error instanceof errors.JWTExpired) throw new InvalidLinkError("EXPIRED");
    if (error instanceof errors.JOSEError) throw new InvalidLinkError("INVALID");
    throw error;
  }
}

export function linkUrl(config: Config, purpose: AccountLinkPurpose, token: string): string {
  const url = new URL(LINK_PATHS[purpose], config.siteUrl);
  url.searchParams.set("token", token);
  return url.href;
}
