import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { graphql } from "../../test/graphql";
import { execute, executeOk, expectTypename, randomAddress } from "../../test/graphql-client";
import { db, viewer } from "../../test/fixtures";
import { createAppDeps } from "../app-deps";
import { findUserById } from "./accounts.repository";
import { requestPasswordReset, requestSignInLink } from "./account-links.service";
import { SESSION_COOKIE } from "./session-cookie";

const RequestPasswordReset = graphql(`
  mutation LinksRequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email) {
      __typename
      ... on RequestPasswordResetPayload {
        email
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on RateLimitedError {
        retryAfterSeconds
      }
      ... on Error {
        message
      }
    }
  }
`);

const ResetPassword = graphql(`
  mutation LinksResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      __typename
      ... on SignInPayload {
        token
        user {
          id
        }
      }
      ... on InvalidLinkError {
        reason
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const RequestSignInLink = graphql(`
  mutation LinksRequestSignInLink($email: String!) {
    requestSignInLink(email: $email) {
      __typename
      ... on RequestSignInLinkPayload {
        email
      }
      ... on Error {
        message
      }
    }
  }
`);

const SignInWithLink = graphql(`
  mutation LinksSignInWithLink($token: String!) {
    signInWithLink(token: $token) {
      __typename
      ... on SignInPayload {
        token
        user {
          id
        }
      }
      ... on InvalidLinkError {
        reason
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const RequestEmailChange = graphql(`
  mutation LinksRequestEmailChange($input: RequestEmailChangeInput!) {
    requestEmailChange(input: $input) {
      __typename
      ... on RequestEmailChangePayload {
        email
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const ConfirmEmailChange = graphql(`
  mutation LinksConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token) {
      __typename
      ... on ConfirmEmailChangePayload {
        email
      }
      ... on InvalidLinkError {
        reason
      }
      ... on Error {
        message
      }
    }
  }
`);

const LinksSignIn = graphql(`
  mutation LinksSignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
    }
  }
`);

const LinksChangePassword = graphql(`
  mutation LinksChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
    }
  }
`);

const LinksMe = graphql(`
  query LinksMe {
    me {
      id
      email
    }
  }
`);

/** The emails the outbox holds for an address, newest first. */
async function outboxFor(recipient: string) {
  return db()
    .selectFrom("outbox_messages")
    .selectAll()
    .where("recipient", "=", recipient)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
}

/** The token of the newest link of `path` emailed to `recipient`. */
async function emailedToken(recipient: string, path: string): Promise<string> {
  const [message] = (await outboxFor(recipient)).filter((m) => m.body.includes(path));
  const url = message?.body.match(/https?:\/\/\S+/)?.[0];
  if (!url) throw new Error(`no link to ${path} emailed to ${recipient}`);
  const link = new URL(url);
  expect(link.pathname).toBe(path);
  return link.searchParams.get("token") ?? "";
}

/** Asks for a link as the services would have `minutesAgo` minutes ago, and waits for its email. */
async function linkRequestedAt(minutesAgo: number, email: string, ask: typeof requestPasswordReset): Promise<void> {
  const sends: Promise<unknown>[] = [];
  const then = new Date(Date.now() - minutesAgo * 60_000);
  const deps = createAppDeps(env, { waitUntil: (promise) => sends.push(promise), clock: { now: () => then } });
  await ask(deps, { address: randomAddress(), setCookie: () => {}, startedSession: () => {} }, email);
  await Promise.all(sends);
}

function tamper(token: string): string {
  const [header, payload, signature = ""] = token.split(".");
  const flipped = signature.startsWith("A") ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
  return [header, payload, flipped].join(".");
}

describe("requestPasswordReset", () => {
  it("emails a single-use reset link to the account's address, to the site's reset page", async () => {
    const account = await viewer();
    const data = await executeOk(RequestPasswordReset, { email: `  ${account.user.email.toUpperCase()} ` });

    expect(expectTypename(data.requestPasswordReset, "RequestPasswordResetPayload").email).toBe(
      account.user.email.toUpperCase(),
    );
    const [message] = await outboxFor(account.user.email);
    expect(message?.subject).toBe("Reset your FireStream password");
    expect(message?.body).toMatch(/within 30 minutes/);
    expect(await emailedToken(account.user.email, "/reset-password")).toMatch(/^ey/);
  });

  it("answers an unknown address exactly as a known one, and sends nothing", async () => {
    const account = await viewer();
    const unknown = `nobody-${crypto.randomUUID()}@example.com`;
    const known = await executeOk(RequestPasswordReset, { email: account.user.email });
    const missing = await executeOk(RequestPasswordReset, { email: unknown });

    expect(Object.keys(missing.requestPasswordReset)).toEqual(Object.keys(known.requestPasswordReset));
    expect(missing.requestPasswordReset.__typename).toBe(known.requestPasswordReset.__typename);
    expect(await outboxFor(unknown)).toEqual([]);
  });

  it("refuses what is not an email, or too long to be one, with a ValidationError on email", async () => {
    for (const email of ["not-an-email", `${"a".repeat(300)}@example.com`, ""]) {
      const data = await executeOk(RequestPasswordReset, { email });
      expect(expectTypename(data.requestPasswordReset, "ValidationError").issues[0]?.path).toEqual(["email"]);
    }
  });

  it("sends at most three links to one account per half hour, however often it is asked, with the same answer", async () => {
    const account = await viewer();
    for (let i = 0; i < 4; i++) {
      const data = await executeOk(RequestPasswordReset, { email: account.user.email });
      expectTypename(data.requestPasswordReset, "RequestPasswordResetPayload");
    }
    expect(await outboxFor(account.user.email)).toHaveLength(3);
  });

  it("is limited per address asked for (the sign-in limit): the sixth request in a minute is refused", async () => {
    const email = `flood-${crypto.randomUUID()}@example.com`;
    const results = [];
    for (let i = 0; i < 6; i++) results.push((await executeOk(RequestPasswordReset, { email })).requestPasswordReset);

    expect(results.slice(0, 5).every((r) => r.__typename === "RequestPasswordResetPayload")).toBe(true);
    expect(expectTypename(results[5], "RateLimitedError").retryAfterSeconds).toBe(60);
  });
});

describe("resetPassword", () => {
  it("sets the new password, ends every earlier session and signs in with a new one", async () => {
    const account = await viewer();
    await executeOk(RequestPasswordReset, { email: account.user.email });
    const token = await emailedToken(account.user.email, "/reset-password");

    const result = await execute(ResetPassword, { token, password: "a brand new secret" });

    const payload = expectTypename(result.data?.resetPassword, "SignInPayload");
    expect(payload.user.id).toBe(account.user.id);
    expect(result.headers.get("set-cookie")).toContain(`${SESSION_COOKIE}=${payload.token}`);
    expect((await execute(LinksMe, {}, { token: account.token })).status).toBe(401);
    expect((await executeOk(LinksMe, {}, { token: payload.token })).me?.id).toBe(account.user.id);
    const withOld = await executeOk(LinksSignIn, { input: { email: account.user.email, password: account.password } });
    expect(withOld.signIn.__typename).toBe("InvalidCredentialsError");
    const withNew = await executeOk(LinksSignIn, {
      input: { email: account.user.email, password: "a brand new secret" },
    });
    expect(withNew.signIn.__typename).toBe("SignInPayload");
  });

  it("works once: the same link again is an InvalidLinkError USED", async () => {
    const account = await viewer();
    await executeOk(RequestPasswordReset, { email: account.user.email });
    const token = await emailedToken(account.user.email, "/reset-password");
    await executeOk(ResetPassword, { token, password: "a brand new secret" });

    const again = await executeOk(ResetPassword, { token, password: "another new secret" });

    expect(expectTypename(again.resetPassword, "InvalidLinkError").reason).toBe("USED");
  });

  it("lets exactly one of two simultaneous uses of a link through", async () => {
    const account = await viewer();
    await executeOk(RequestPasswordReset, { email: account.user.email });
    const token = await emailedToken(account.user.email, "/reset-password");

    const results = await Promise.all([
      executeOk(ResetPassword, { token, password: "first racing secret" }),
      executeOk(ResetPassword, { token, password: "second racing secret" }),
    ]);

    const types = results.map((r) => r.resetPassword.__typename).sort();
    expect(types).toEqual(["InvalidLinkError", "SignInPayload"]);
  });

  it("refuses a link older than 30 minutes as EXPIRED", async () => {
    const account = await viewer();
    await linkRequestedAt(31, account.user.email, requestPasswordReset);
    const token = await emailedToken(account.user.email, "/reset-password");

    const data = await executeOk(ResetPassword, { token, password: "a brand new secret" });

    expect(expectTypename(data.resetPassword, "InvalidLinkError").reason).toBe("EXPIRED");
    const user = await findUserById(db(), account.user.id);
    expect(user?.password_hash).toBe(account.user.password_hash);
  });

  it("refuses an altered link, a session token and a sign-in link as INVALID", async () => {
    const account = await viewer();
    await executeOk(RequestPasswordReset, { email: account.user.email });
    await executeOk(RequestSignInLink, { email: account.user.email });
    const reset = await emailedToken(account.user.email, "/reset-password");
    const signIn = await emailedToken(account.user.email, "/sign-in/link");

    for (const token of [tamper(reset), account.token, signIn, "not a token"]) {
      const data = await executeOk(ResetPassword, { token, password: "a brand new secret" });
      expect(expectTypename(data.resetPassword, "InvalidLinkError").reason).toBe("INVALID");
    }
    const still = await executeOk(ResetPassword, { token: reset, password: "a brand new secret" });
    expect(still.resetPassword.__typename).toBe("SignInPayload");
  });

  it("refuses a weak password with a ValidationError and leaves the link usable", async () => {
    const account = await viewer();
    await executeOk(RequestPasswordReset, { email: account.user.email });
    const token = await emailedToken(account.user.email, "/reset-password");

    const weak = await executeOk(ResetPassword, { token, password: "short" });
    expect(expectTypename(weak.resetPassword, "ValidationError").issues).toEqual([
      { path: ["password"], message: "must be at least 10 characters" },
    ]);
    const tooLong = await executeOk(ResetPassword, { token: "x".repeat(5000), password: "a brand new secret" });
    expect(expectTypename(tooLong.resetPassword, "ValidationError").issues[0]?.path).toEqual(["token"]);

    const ok = await executeOk(ResetPassword, { token, password: "a brand new secret" });
    expect(ok.resetPassword.__typename).toBe("SignInPayload");
  });

  it("voids links sent before a password change", async () => {
    const account = await viewer();
    await executeOk(RequestPasswordReset, { email: account.user.email });
    const token = await emailedToken(account.user.email, "/reset-password");
    await executeOk(
      LinksChangePassword,
      { input: { currentPassword: account.password, newPassword: "changed it myself" } },
      { token: account.token },
    );

    const data = await executeOk(ResetPassword, { token, password: "a brand new secret" });

    expect(data.resetPassword.__typename).toBe("InvalidLinkError");
  });

  it("is limited per client address like sign-in", async () => {
    const address = randomAddress();
    const results = [];
    for (let i = 0; i < 31; i++) {
      const { data } = await execute(
        ResetPassword,
        { token: "not a token", password: "a brand new secret" },
        { headers: { "cf-connecting-ip": address } },
      );
      results.push(data?.resetPassword.__typename);
    }
    expect(results.slice(0, 30).every((t) => t === "InvalidLinkError")).toBe(true);
    expect(results[30]).toBe("RateLimitedError");
  });
});

describe("sign-in links", () => {
  it("emails a link that signs in once, without a password", async () => {
    const account = await viewer();
    const data = await executeOk(RequestSignInLink, { email: account.user.email });
    expectTypename(data.requestSignInLink, "RequestSignInLinkPayload");
    const [message] = await outboxFor(account.user.email);
    expect(message?.subject).toBe("Your FireStream sign-in link");
    const token = await emailedToken(account.user.email, "/sign-in/link");

    const result = await execute(SignInWithLink, { token });

    const payload = expectTypename(result.data?.signInWithLink, "SignInPayload");
    expect(result.headers.get("set-cookie")).toContain(`${SESSION_COOKIE}=${payload.token}`);
    expect((await executeOk(LinksMe, {}, { token: payload.token })).me?.id).toBe(account.user.id);
    expect((await executeOk(LinksMe, {}, { token: account.token })).me?.id).toBe(account.user.id);
    const again = await executeOk(SignInWithLink, { token });
    expect(expectTypename(again.signInWithLink, "InvalidLinkError").reason).toBe("USED");
  });

  it("answers an unknown address as a known one and sends nothing", async () => {
    const unknown = `nobody-${crypto.randomUUID()}@example.com`;
    const data = await executeOk(RequestSignInLink, { email: unknown });
    expect(expectTypename(data.requestSignInLink, "RequestSignInLinkPayload").email).toBe(unknown);
    expect(await outboxFor(unknown)).toEqual([]);
  });

  it("expires after 15 minutes", async () => {
    const account = await viewer();
    await linkRequestedAt(16, account.user.email, requestSignInLink);
    const token = await emailedToken(account.user.email, "/sign-in/link");

    const data = await executeOk(SignInWithLink, { token });

    expect(expectTypename(data.signInWithLink, "InvalidLinkError").reason).toBe("EXPIRED");
  });

  it("refuses an altered link, a reset link and a session token", async () => {
    const account = await viewer();
    await executeOk(RequestSignInLink, { email: account.user.email });
    await executeOk(RequestPasswordReset, { email: account.user.email });
    const link = await emailedToken(account.user.email, "/sign-in/link");
    const reset = await emailedToken(account.user.email, "/reset-password");

    for (const token of [tamper(link), reset, account.token]) {
      const data = await executeOk(SignInWithLink, { token });
      expect(expectTypename(data.signInWithLink, "InvalidLinkError").reason).toBe("INVALID");
    }
    const empty = await executeOk(SignInWithLink, { token: "" });
    expect(empty.signInWithLink.__typename).toBe("ValidationError");
  });

  it("signs in exactly once when the link is used twice at the same time", async () => {
    const account = await viewer();
    await executeOk(RequestSignInLink, { email: account.user.email });
    const token = await emailedToken(account.user.email, "/sign-in/link");

    const results = await Promise.all([executeOk(SignInWithLink, { token }), executeOk(SignInWithLink, { token })]);

    expect(results.map((r) => r.signInWithLink.__typename).sort()).toEqual(["InvalidLinkError", "SignInPayload"]);
  });
});

describe("changing the email", () => {
  it("needs a signed-in user", async () => {
    const result = await execute(RequestEmailChange, {
      input: { newEmail: "new@example.com", currentPassword: "whatever it is" },
    });
    expect(result.data?.requestEmailChange.__typename).toBe("UnauthenticatedError");
  });

  it("confirms the new address by email, tells the old one, and then the account uses the new one", async () => {
    const account = await viewer();
    const newEmail = `moved-${crypto.randomUUID()}@example.com`;
    const data = await executeOk(
      RequestEmailChange,
      { input: { newEmail, currentPassword: account.password } },
      { token: account.token },
    );
    expect(expectTypename(data.requestEmailChange, "RequestEmailChangePayload").email).toBe(newEmail);
    const [notice] = await outboxFor(account.user.email);
    expect(notice?.body).toContain(newEmail);
    expect((await findUserById(db(), account.user.id))?.email).toBe(account.user.email);
    const token = await emailedToken(newEmail, "/me/email");

    const confirmed = await executeOk(ConfirmEmailChange, { token });

    expect(expectTypename(confirmed.confirmEmailChange, "ConfirmEmailChangePayload").email).toBe(newEmail);
    expect((await executeOk(LinksMe, {}, { token: account.token })).me?.email).toBe(newEmail);
    const signIn = await executeOk(LinksSignIn, { input: { email: newEmail, password: account.password } });
    expect(signIn.signIn.__typename).toBe("SignInPayload");
    const again = await executeOk(ConfirmEmailChange, { token });
    expect(expectTypename(again.confirmEmailChange, "InvalidLinkError").reason).toBe("USED");
  });

  it("voids reset links sent to the old address once the new one is confirmed", async () => {
    const account = await viewer();
    await executeOk(RequestPasswordReset, { email: account.user.email });
    const reset = await emailedToken(account.user.email, "/reset-password");
    const newEmail = `moved-${crypto.randomUUID()}@example.com`;
    await executeOk(
      RequestEmailChange,
      { input: { newEmail, currentPassword: account.password } },
      { token: account.token },
    );
    await executeOk(ConfirmEmailChange, { token: await emailedToken(newEmail, "/me/email") });

    const data = await executeOk(ResetPassword, { token: reset, password: "a brand new secret" });

    expect(data.resetPassword.__typename).toBe("InvalidLinkError");
  });

  it("answers the same for an address that has an account, tells that address, and changes nothing", async () => {
    const account = await viewer();
    const other = await viewer();
    const data = await executeOk(
      RequestEmailChange,
      { input: { newEmail: other.user.email, currentPassword: account.password } },
      { token: account.token },
    );

    expect(expectTypename(data.requestEmailChange, "RequestEmailChangePayload").email).toBe(other.user.email);
    const [message] = await outboxFor(other.user.email);
    expect(message?.body).toMatch(/already has an account/);
    expect(message?.body).not.toMatch(/token=/);
    expect(await outboxFor(account.user.email)).toEqual([]);
  });

  it("refuses a wrong password, a bad address and the current address, changing nothing", async () => {
    const account = await viewer();
    const wrong = await executeOk(
      RequestEmailChange,
      { input: { newEmail: "new@example.com", currentPassword: "not my password" } },
      { token: account.token },
    );
    expect(wrong.requestEmailChange.__typename).toBe("InvalidCredentialsError");
    for (const newEmail of ["nope", `${"a".repeat(300)}@example.com`, account.user.email.toUpperCase()]) {
      const data = await executeOk(
        RequestEmailChange,
        { input: { newEmail, currentPassword: account.password } },
        { token: account.token },
      );
      expect(expectTypename(data.requestEmailChange, "ValidationError").issues[0]?.path).toEqual(["input", "newEmail"]);
    }
    expect(await outboxFor(account.user.email)).toEqual([]);
  });

  it("refuses the confirmation when the address got an account meanwhile", async () => {
    const account = await viewer();
    const newEmail = `moved-${crypto.randomUUID()}@example.com`;
    await executeOk(
      RequestEmailChange,
      { input: { newEmail, currentPassword: account.password } },
      { token: account.token },
    );
    const token = await emailedToken(newEmail, "/me/email");
    await db()
      .updateTable("users")
      .set({ email: newEmail })
      .where("id", "=", (await viewer()).user.id)
      .execute();

    const data = await executeOk(ConfirmEmailChange, { token });

    expect(data.confirmEmailChange.__typename).toBe("ConflictError");
    expect((await findUserById(db(), account.user.id))?.email).toBe(account.user.email);
  });

  it("limits password checks like changePassword: the sixth wrong guess in a minute is refused", async () => {
    const account = await viewer();
    const types = [];
    for (let i = 0; i < 6; i++) {
      const data = await executeOk(
        RequestEmailChange,
        { input: { newEmail: "new@example.com", currentPassword: `guess ${i}` } },
        { token: account.token },
      );
      types.push(data.requestEmailChange.__typename);
    }
    expect(types).toEqual([...Array(5).fill("InvalidCredentialsError"), "RateLimitedError"]);
  });
});
