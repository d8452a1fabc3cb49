import type { AppDeps } from "../deps";
import { createSenders } from "../notifications/senders";
import { LINK_LIFETIME_MINUTES } from "./account-links";

export interface AccountEmail {
  to: string;
  subject: string;
  body: string;
}

const SIGNATURE = "\nThe Medicine Fire Circus, on FireStream\n";

export function passwordResetEmail(to: string, name: string, url: string): AccountEmail {
  return {
    to,
    subject: "Reset your FireStream password",
    body: `Hello ${name},\n\nSomeone, hopefully you, asked to reset the password of your FireStream account. Choose a new one here within ${LINK_LIFETIME_MINUTES.PASSWORD_RESET} minutes:\n\n${url}\n\nThe link works once. If you did not ask, ignore this email: your password stays as it is.\n${SIGNATURE}`,
  };
}

export function signInLinkEmail(to: string, name: string, url: string): AccountEmail {
  return {
    to,
    subject: "Your FireStream sign-in link",
    body: `Hello ${name},\n\nSign in to FireStream with this link within ${LINK_LIFETIME_MINUTES.SIGN_IN} minutes:\n\n${url}\n\nThe link works once. If you did not ask for it, ignore this email: nobody can sign in without it.\n${SIGNATURE}`,
  };
}

export function confirmEmailChangeEmail(to: string, name: string, url: string): AccountEmail {
  return {
    to,
    subject: "Confirm your new FireStream email",
    body: `Hello ${name},\n\nConfirm that FireStream should use this address for your account from now on (the link works once, for 24 hours):\n\n${url}\n\nIf you did not ask for this, ignore this email: nothing changes.\n${SIGNATURE}`,
  };
}

export function emailChangeRequestedEmail(to: string, name: string, newEmail: string): AccountEmail {
  return {
    to,
    subject: "Your FireStream email is about to change",
    body: `Hello ${name},\n\nSomeone signed in to your FireStream account asked to use ${newEmail} instead of this address. It changes once the new address is confirmed.\n\nIf this was not you, reset your password now (Forgot password? on the sign-in page): that ends every session of your account.\n${SIGNATURE}`,
  };
}

export function addressTakenEmail(to: string): AccountEmail {
  return {
    to,
    subject: "Your FireStream account",
    body: `Hello,\n\nSomeone asked to move a FireStream account to this address, but this address already has an account of its own, so nothing changed. If you forgot its password, use Forgot password? on the sign-in page.\n${SIGNATURE}`,
  };
}

/**
 * Sends after the response, through the configured email sender (the outbox in development): the
 * answer takes as long whether an email goes out or not, so its timing tells no one whether an
 * address has an account.
 */
export function sendAccountEmail(deps: AppDeps, email: AccountEmail): void {
  const send = createSenders(deps).EMAIL;
  deps.waitUntil(
    send({ channel: "EMAIL", ...email }, null).catch((error: unknown) => {
      console.error("account email not sent", error instanceof Error ? error.message : error);
    }),
  );
}
