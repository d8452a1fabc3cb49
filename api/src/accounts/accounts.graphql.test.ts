import { env } from "cloudflare:workers";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { graphql } from "../../test/graphql";
import { execute, executeOk, expectTypename } from "../../test/graphql-client";
import { db, viewer } from "../../test/fixtures";
import { findUserByEmail } from "./accounts.repository";
import { SESSION_COOKIE } from "./session-cookie";

const SignUp = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      __typename
      ... on SignInPayload {
        token
        expiresAt
        user {
          id
          email
          name
          role
        }
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

const SignIn = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on SignInPayload {
        token
        user {
          id
        }
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

const SignOut = graphql(`
  mutation SignOut($everywhere: Boolean) {
    signOut(everywhere: $everywhere) {
      __typename
      ... on SignOutPayload {
        signedOut
      }
      ... on Error {
        message
      }
    }
  }
`);

const ChangePassword = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
      ... on SignInPayload {
        token
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

const Me = graphql(`
  query Me {
    me {
      id
      email
      name
      role
    }
  }
`);

const newAccount = () => ({
  email: `fan-${crypto.randomUUID()}@example.com`,
  password: "correct horse battery",
  name: "Fan",
});

describe("signUp", () => {
  it("creates a viewer account without being signed in, and signs it in with a token and an httpOnly cookie", async () => {
    const input = newAccount();
    const result = await execute(SignUp, { input });

    const payload = expectTypename(result.data?.signUp, "SignInPayload");
    expect(payload.user).toMatchObject({ email: input.email, name: "Fan", role: "VIEWER" });
    const cookie = result.headers.get("set-cookie") ?? "";
    expect(cookie).toContain(`${SESSION_COOKIE}=${payload.token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);

    const me = await executeOk(Me, {}, { token: payload.token });
    expect(me.me?.id).toBe(payload.user.id);
    const viaCookie = await executeOk(Me, {}, { cookie: `${SESSION_COOKIE}=${payload.token}` });
    expect(viaCookie.me?.id).toBe(payload.user.id);
  });

  it("refuses an email that already has an account (in any case) with a ConflictError and creates nothing", async () => {
    const input = newAccount();
    await executeOk(SignUp, { input });
    const again = await executeOk(SignUp, { input: { ...input, email: input.email.toUpperCase(), name: "Impostor" } });

    expect(expectTypename(again.signUp, "ConflictError").message).toMatch(/already exists/);
    expect((await findUserByEmail(db(), input.email))?.name).toBe("Fan");
  });

  it("reports every broken rule as a ValidationError issue and writes nothing", async () => {
    const input = { email: "not-an-email", password: "short", name: "  " };
    const data = await executeOk(SignUp, { input });

    const error = expectTypename(data.signUp, "ValidationError");
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: ["input", "email"], message: "must be an email address" },
        { path: ["input", "password"], message: "must be at least 10 characters" },
        { path: ["input", "name"], message: "must not be empty" },
      ]),
    );
    expect(await findUserByEmail(db(), "not-an-email")).toBeUndefined();
  });
});

describe("signIn", () => {
  it("signs in with the right password, whatever the case of the email", async () => {
    const input = newAccount();
    const created = expectTypename((await executeOk(SignUp, { input })).signUp, "SignInPayload");

    const result = await execute(SignIn, { input: { email: input.email.toUpperCase(), password: input.password } });

    expect(expectTypename(result.data?.signIn, "SignInPayload").user.id).toBe(created.user.id);
    expect(result.headers.get("set-cookie")).toContain(`${SESSION_COOKIE}=`);
  });

  it("answers a wrong password and an unknown email with the same InvalidCredentialsError", async () => {
    const input = newAccount();
    await executeOk(SignUp, { input });

    const wrongPassword = await executeOk(SignIn, { input: { email: input.email, password: "wrong password!" } });
    const unknownEmail = await executeOk(SignIn, { input: { email: "nobody@example.com", password: input.password } });

    expect(expectTypename(wrongPassword.signIn, "InvalidCredentialsError").message).toBe(
      "Email or password is incorrect",
    );
    expect(expectTypename(unknownEmail.signIn, "InvalidCredentialsError").message).toBe(
      "Email or password is incorrect",
    );
  });

  it("rejects absurdly long input with a ValidationError", async () => {
    const data = await executeOk(SignIn, { input: { email: `${"a".repeat(300)}@example.com`, password: "x" } });
    expect(expectTypename(data.signIn, "ValidationError").issues[0]?.path).toEqual(["input", "email"]);
  });
});

describe("signOut", () => {
  it("ends the session: its token stops working and the cookie is cleared", async () => {
    const account = await viewer();
    const result = await execute(SignOut, {}, { token: account.token });

    expect(expectTypename(result.data?.signOut, "SignOutPayload").signedOut).toBe(true);
    expect(result.headers.get("set-cookie")).toMatch(new RegExp(`${SESSION_COOKIE}=;.*Max-Age=0`));
    const after = await execute(Me, {}, { token: account.token });
    expect(after.status).toBe(401);
    expect(after.errors?.[0]).toMatchObject({
      message: "Session ended: sign in again",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("keeps the account's other sessions, unless asked to sign out everywhere", async () => {
    const account = await viewer();
    const other = expectTypename(
      (await executeOk(SignIn, { input: { email: account.user.email, password: account.password } })).signIn,
      "SignInPayload",
    );

    await executeOk(SignOut, {}, { token: account.token });
    expect((await executeOk(Me, {}, { token: other.token })).me?.id).toBe(account.user.id);

    const third = expectTypename(
      (await executeOk(SignIn, { input: { email: account.user.email, password: account.password } })).signIn,
      "SignInPayload",
    );
    await executeOk(SignOut, { everywhere: true }, { token: third.token });
    expect((await execute(Me, {}, { token: other.token })).status).toBe(401);
  });

  it("tells a signed-out caller to sign in first", async () => {
    const data = await executeOk(SignOut, {});
    expect(expectTypename(data.signOut, "UnauthenticatedError").message).toBe("Sign in to do this");
  });
});

describe("changePassword", () => {
  it("sets the new password, ends every earlier session and returns a working new token", async () => {
    const account = await viewer();
    const newPassword = "a much better password";

    const data = await executeOk(
      ChangePassword,
      { input: { currentPassword: account.password, newPassword } },
      { token: account.token },
    );

    const fresh = expectTypename(data.changePassword, "SignInPayload");
    expect((await execute(Me, {}, { token: account.token })).status).toBe(401);
    expect((await executeOk(Me, {}, { token: fresh.token })).me?.id).toBe(account.user.id);
    const signIn = await executeOk(SignIn, { input: { email: account.user.email, password: newPassword } });
    expect(signIn.signIn.__typename).toBe("SignInPayload");
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const account = await viewer();
    const data = await executeOk(
      ChangePassword,
      { input: { currentPassword: "not my password", newPassword: "a much better password" } },
      { token: account.token },
    );

    expect(data.changePassword.__typename).toBe("InvalidCredentialsError");
    expect((await executeOk(Me, {}, { token: account.token })).me?.id).toBe(account.user.id);
  });

  it("refuses a too-short new password with a ValidationError", async () => {
    const account = await viewer();
    const data = await executeOk(
      ChangePassword,
      { input: { currentPassword: account.password, newPassword: "short" } },
      { token: account.token },
    );
    expect(expectTypename(data.changePassword, "ValidationError").issues).toEqual([
      { path: ["input", "newPassword"], message: "must be at least 10 characters" },
    ]);
  });

  it("needs a signed-in caller", async () => {
    const data = await executeOk(ChangePassword, { input: { currentPassword: "x", newPassword: "y" } });
    expect(data.changePassword.__typename).toBe("UnauthenticatedError");
  });
});

describe("tokens", () => {
  const secret = () => new TextEncoder().encode(env.AUTH_SECRET);
  const base = (account: { user: { id: string } }) =>
    new SignJWT({ sid: "no-such-session" })
      .setIssuer(env.AUTH_ISSUER)
      .setAudience(env.AUTH_AUDIENCE)
      .setSubject(account.user.id)
      .setNotBefore("0s")
      .setExpirationTime("1h");

  it("answers signed-out callers of `me` with null", async () => {
    expect((await executeOk(Me, {})).me).toBeNull();
  });

  it.each([
    [
      "a header that is not Bearer",
      { authorization: "Basic abc" },
      'Malformed Authorization header: expected "Bearer <token>"',
    ],
    ["a bearer token that is not a JWT", { authorization: "Bearer not-a-jwt" }, "Malformed token: expected a JWT"],
  ])("rejects %s with 401 UNAUTHENTICATED", async (_case, headers, message) => {
    const result = await execute(Me, {}, { headers });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: "UNAUTHENTICATED" } });
  });

  it("rejects expired, tampered, wrongly-addressed and unsigned tokens", async () => {
    const account = await viewer();
    const [header, payload] = account.token.split(".");
    const cases: Array<[string, string]> = [
      [
        "Token expired: sign in again",
        await base(account).setProtectedHeader({ alg: "HS256" }).setExpirationTime("-1m").sign(secret()),
      ],
      ["Invalid token", `${header}.${payload}.${"A".repeat(43)}`],
      [
        "Invalid token: aud claim check failed",
        await base(account).setAudience("someone-else").setProtectedHeader({ alg: "HS256" }).sign(secret()),
      ],
      [
        "Invalid token: unknown issuer",
        await base(account).setIssuer("https://evil.example").setProtectedHeader({ alg: "HS256" }).sign(secret()),
      ],
      ["Invalid token: algorithm not allowed", await base(account).setProtectedHeader({ alg: "HS512" }).sign(secret())],
      [
        "Invalid token: algorithm not allowed",
        `${btoa(JSON.stringify({ alg: "none" })).replaceAll("=", "")}.${payload}.`,
      ],
    ];
    for (const [message, token] of cases) {
      const result = await execute(Me, {}, { token });
      expect(result.status, message).toBe(401);
      expect(result.errors?.[0]?.message).toBe(message);
    }
  });

  it("treats a stale session cookie as signed out and clears it", async () => {
    const account = await viewer();
    await executeOk(SignOut, {}, { token: account.token });

    const result = await execute(Me, {}, { cookie: `${SESSION_COOKIE}=${account.token}` });

    expect(result.status).toBe(200);
    expect(result.data?.me).toBeNull();
    expect(result.headers.get("set-cookie")).toMatch(new RegExp(`${SESSION_COOKIE}=;`));
  });
});
