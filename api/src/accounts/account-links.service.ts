import * as z from "../zod";
import type { AccountLinkPurpose, UserRow } from "../db/tables";
import type { AppDeps } from "../deps";
import { ConflictError, InvalidCredentialsError, ValidationError, validate } from "../errors";
import { enforceRateLimits } from "../security/rate-limits";
import { hashPassword, verifyPassword } from "./password";
import { MAX_PASSWORD_LENGTH, newPassword } from "./account-rules";
import {
  type AccountRequest,
  email as emailRule,
  enforcePasswordCheckLimits,
  type SignedIn,
  type SignedInRequest,
  startSession,
} from "./accounts.service";
import {
  changeEmailAndRetireLinks,
  changePasswordAndRevokeSessions,
  findUserByEmail,
  findUserById,
} from "./accounts.repository";
import { InvalidLinkError, issueLinkToken, LINK_LIFETIME_MINUTES, linkUrl, verifyLinkToken } from "./account-links";
import { claimAccountLink, countLinksSince, findAccountLink, insertAccountLink } from "./account-links.repository";
import {
  addressTakenEmail,
  confirmEmailChangeEmail,
  emailChangeRequestedEmail,
  passwordResetEmail,
  sendAccountEmail,
  signInLinkEmail,
} from "./account-emails";
import { anonymisedEmail } from "./privacy.repository";

/** What every "we emailed you a link" answers, whether or not the address has an account. */
export interface LinkRequested {
  email: string;
}

/** At most this many links of one kind reach one account in a link's lifetime, however often anyone asks. */
const MAX_LINKS_PER_LIFETIME = 3;

const MAX_TOKEN_LENGTH = 2000;
const tokenRule = z
  .string()
  .check(z.minLength(1, "must not be empty"), z.maxLength(MAX_TOKEN_LENGTH, "is too long to be a link's token"));
const requestedEmail = z.pipe(z.string().check(z.trim()), emailRule);

/** Emails a password reset link if the address has an account; the answer is the same either way. */
export function requestPasswordReset(deps: AppDeps, request: AccountRequest, email: string): Promise<LinkRequested> {
  return requestLink(deps, request, email, "PASSWORD_RESET");
}

/** Emails a one-time sign-in link if the address has an account; the answer is the same either way. */
export function requestSignInLink(deps: AppDeps, request: AccountRequest, email: string): Promise<LinkRequested> {
  return requestLink(deps, request, email, "SIGN_IN");
}

async function requestLink(
  deps: AppDeps,
  request: AccountRequest,
  given: string,
  purpose: "PASSWORD_RESET" | "SIGN_IN",
): Promise<LinkRequested> {
  const address = validate(requestedEmail, given, ["email"]);
  await enforceRateLimits(deps.env, [
    { limiter: "signInPerAccount", key: address.toLowerCase() },
    { limiter: "signInPerAddress", key: request.address },
  ]);
  const user = await findUserByEmail(deps.db, address);
  if (user && user.email !== anonymisedEmail(user.id)) {
    const url = await createLink(deps, user, purpose, user.email);
    if (url) {
      sendAccountEmail(
        deps,
        purpose === "PASSWORD_RESET"
          ? passwordResetEmail(user.email, user.name, url)
          : signInLinkEmail(user.email, user.name, url),
      );
    }
  }
  return { email: address };
}

/** A new link's URL, or null when the account was sent enough of them lately. */
async function createLink(
  deps: AppDeps,
  user: UserRow,
  purpose: AccountLinkPurpose,
  sentTo: string,
): Promise<string | null> {
  const now = deps.clock.now();
  const lifetimeMs = LINK_LIFETIME_MINUTES[purpose] * 60_000;
  const since = new Date(now.getTime() - lifetimeMs).toISOString();
  if ((await countLinksSince(deps.db, user.id, purpose, since)) >= MAX_LINKS_PER_LIFETIME) return null;
  const link = {
    id: crypto.randomUUID(),
    user_id: user.id,
    purpose,
    email: sentTo,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + lifetimeMs).toISOString(),
    used_at: null,
  };
  await insertAccountLink(deps.db, link);
  const token = await issueLinkToken(deps.config, {
    linkId: link.id,
    userId: user.id,
    purpose,
    expiresAt: new Date(link.expires_at),
  });
  return linkUrl(deps.config, purpose, token);
}

/**
 * Uses a link once: checks its signature and expiry, then claims its row. Of two requests with
 * the same link only one gets past this. The link must still match the account's address (a
 * reset link sent before an email change does not work after it).
 */
async function useLink(
  deps: AppDeps,
  request: AccountRequest,
  token: string,
  purpose: AccountLinkPurpose,
): Promise<{ user: UserRow; sentTo: string }> {
  await enforceRateLimits(deps.env, [{ limiter: "signInPerAddress", key: request.address }]);
  const now = deps.clock.now();
  const claims = await verifyLinkToken(deps.config, token, purpose, now);
  const claimed = await claimAccountLink(deps.db, {
    id: claims.linkId,
    userId: claims.userId,
    purpose,
    now: now.toISOString(),
  });
  if (!claimed) {
    const link = await findAccountLink(deps.db, claims.linkId);
    if (!link || link.user_id !== claims.userId) throw new InvalidLinkError("INVALID");
    throw new InvalidLinkError(link.used_at ? "USED" : "EXPIRED");
  }
  const user = await findUserById(deps.db, claims.userId);
  const stillMatches = purpose === "EMAIL_CHANGE" || user?.email.toLowerCase() === claimed.email.toLowerCase();
  if (!user || !stillMatches || user.email === anonymisedEmail(user.id)) throw new InvalidLinkError("INVALID");
  return { user, sentTo: claimed.email };
}

/**
 * Sets a new password with a reset link: every session of the account ends (as with
 * changePassword) and a new one starts. The password is checked before the link is spent, so a
 * refused password leaves the link usable.
 */
export async function resetPassword(
  deps: AppDeps,
  request: AccountRequest,
  input: { token: string; password: string },
): Promise<SignedIn> {
  const fields = validate(z.object({ token: tokenRule, password: newPassword() }), input);
  const { user } = await useLink(deps, request, fields.token, "PASSWORD_RESET");
  await changePasswordAndRevokeSessions(deps.db, {
    userId: user.id,
    passwordHash: await hashPassword(fields.password),
    now: deps.clock.now().toISOString(),
  });
  return startSession(deps, request, user);
}

/** Signs in with an emailed sign-in link. */
export async function signInWithLink(deps: AppDeps, request: AccountRequest, token: string): Promise<SignedIn> {
  const fields = validate(z.object({ token: tokenRule }), { token });
  const { user } = await useLink(deps, request, fields.token, "SIGN_IN");
  return startSession(deps, request, user);
}

/**
 * Asks to move the account to another address: a confirmation link goes to the new address and
 * a notice to the current one. The password proves that the account's owner asks (not someone
 * who found a signed-in browser). The answer is the same whether or not the new address has an
 * account of its own; if it has, that address is told instead, and nothing changes.
 */
export async function requestEmailChange(
  deps: AppDeps,
  request: SignedInRequest,
  input: { newEmail: string; currentPassword: string },
): Promise<LinkRequested> {
  const fields = validate(
    z.object({ newEmail: requestedEmail, currentPassword: z.string().check(z.maxLength(MAX_PASSWORD_LENGTH)) }),
    input,
    ["input"],
  );
  const user = request.caller.user;
  if (fields.newEmail.toLowerCase() === user.email.toLowerCase()) {
    throw new ValidationError([{ path: ["input", "newEmail"], message: "is already your email" }]);
  }
  if (!user.password_hash) {
    throw new ConflictError(
      "This account has no password: set one first (Forgot password? on the sign-in page), then change the email",
    );
  }
  await enforcePasswordCheckLimits(deps, request);
  if (!(await verifyPassword(fields.currentPassword, user.password_hash))) throw new InvalidCredentialsError();
  if (await findUserByEmail(deps.db, fields.newEmail)) {
    sendAccountEmail(deps, addressTakenEmail(fields.newEmail));
    return { email: fields.newEmail };
  }
  const url = await createLink(deps, user, "EMAIL_CHANGE", fields.newEmail);
  if (url) {
    sendAccountEmail(deps, confirmEmailChangeEmail(fields.newEmail, user.name, url));
    sendAccountEmail(deps, emailChangeRequestedEmail(user.email, user.name, fields.newEmail));
  }
  return { email: fields.newEmail };
}

/**
 * Confirms a new address with the link sent to it. Sessions stay; reset and sign-in links sent
 * to the old address stop working. ConflictError if the address got an account meanwhile.
 */
export async function confirmEmailChange(
  deps: AppDeps,
  request: AccountRequest,
  token: string,
): Promise<{ email: string }> {
  const fields = validate(z.object({ token: tokenRule }), { token });
  const { user, sentTo } = await useLink(deps, request, fields.token, "EMAIL_CHANGE");
  const now = deps.clock.now().toISOString();
  if (await findUserByEmail(deps.db, sentTo)) throw new ConflictError("This address has an account of its own now");
  try {
    await changeEmailAndRetireLinks(deps.db, { userId: user.id, email: sentTo, now });
  } catch (error) {
    // users.email is unique: an account made with this address a moment ago wins.
    if (error instanceof Error && /UNIQUE/i.test(error.message)) {
      throw new ConflictError("This address has an account of its own now");
    }
    throw error;
  }
  return { email: sentTo };
}
