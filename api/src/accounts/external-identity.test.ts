import { env } from "cloudflare:workers";
import { importJWK, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { db } from "../../test/fixtures";
import { graphql } from "../../test/graphql";
import { execute, executeOk } from "../../test/graphql-client";
import { findUserByEmail } from "./accounts.repository";
import { parseUserImport, userImportStatements } from "./user-import";

const MeFromIdp = graphql(`
  query MeFromIdentityProvider {
    me {
      id
      email
      name
      role
    }
  }
`);

/** A token as the configured identity provider (test/identity-provider.ts) would issue it. */
async function idpToken(claims: Record<string, unknown>, options: { audience?: string; key?: CryptoKey } = {}) {
  const jwk = JSON.parse(env.IDP_PRIVATE_JWK);
  const key = options.key ?? ((await importJWK(jwk, "RS256")) as CryptoKey);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: jwk.kid })
    .setIssuer(env.AUTH_EXTERNAL_ISSUER)
    .setAudience(options.audience ?? env.AUTH_EXTERNAL_AUDIENCE)
    .setSubject(String(claims.sub ?? crypto.randomUUID()))
    .setIssuedAt()
    .setExpirationTime("10m")
    .sign(key);
}

describe("an existing identity provider's accounts", () => {
  it("become FireStream viewers on first sight, and stay the same user afterwards", async () => {
    const claims = { sub: "idp-user-1", email: "ada@example.org", email_verified: true, name: "Ada" };

    const first = await executeOk(MeFromIdp, {}, { token: await idpToken(claims) });
    const second = await executeOk(MeFromIdp, {}, { token: await idpToken(claims) });

    expect(first.me).toMatchObject({ email: "ada@example.org", name: "Ada", role: "VIEWER" });
    expect(second.me?.id).toBe(first.me?.id);
  });

  it("become organizers while the provider grants the configured role, and lose it when it stops", async () => {
    const claims = { sub: "idp-user-2", email: "grace@example.org", email_verified: true, name: "Grace" };

    const granted = await executeOk(
      MeFromIdp,
      {},
      { token: await idpToken({ ...claims, roles: ["firestream-organizer"] }) },
    );
    const revoked = await executeOk(MeFromIdp, {}, { token: await idpToken(claims) });

    expect(granted.me?.role).toBe("ORGANIZER");
    expect(revoked.me?.role).toBe("VIEWER");
  });

  it("are linked to an imported user with the same verified email", async () => {
    const [statement] = userImportStatements(
      parseUserImport("email,name,role\nkatherine@example.org,Katherine,organizer\n", "csv"),
      "2026-01-01T00:00:00.000Z",
    );
    await env.DB.prepare(statement ?? "").run();
    const imported = await findUserByEmail(db(), "katherine@example.org");

    const data = await executeOk(
      MeFromIdp,
      {},
      {
        token: await idpToken({ sub: "idp-user-3", email: "Katherine@example.org", email_verified: true, name: "K" }),
      },
    );

    expect(data.me).toMatchObject({ id: imported?.id, name: "Katherine", role: "ORGANIZER" });
  });

  it("cannot take over an existing account with an unverified email", async () => {
    await env.DB.prepare(
      userImportStatements(
        [{ email: "dorothy@example.org", name: "Dorothy", role: "VIEWER" }],
        "2026-01-01T00:00:00.000Z",
      )[0] ?? "",
    ).run();

    const result = await execute(
      MeFromIdp,
      {},
      {
        token: await idpToken({ sub: "idp-attacker", email: "dorothy@example.org", email_verified: false }),
      },
    );

    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.message).toBe("Invalid token: the email must be verified to link an existing account");
  });

  it("are refused when the token is for another audience or signed by an unknown key", async () => {
    const { privateKey } = await crypto.subtle.generateKey(
      { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
      true,
      ["sign", "verify"],
    );
    const claims = { email: "eve@example.org", email_verified: true };

    const wrongAudience = await execute(MeFromIdp, {}, { token: await idpToken(claims, { audience: "another-app" }) });
    const unknownKey = await execute(MeFromIdp, {}, { token: await idpToken(claims, { key: privateKey }) });

    expect(wrongAudience.errors?.[0]?.message).toBe("Invalid token: aud claim check failed");
    expect(unknownKey.status).toBe(401);
    expect(await findUserByEmail(db(), "eve@example.org")).toBeUndefined();
  });
});

describe("the user import", () => {
  it("reads CSV with quoted fields and JSON, defaulting the role to VIEWER", () => {
    const csv = 'email,name,role\r\nann@example.org,"Ann ""Firefly"" Lee",Organizer\r\nbo@example.org,"Bo, Jr.",\r\n';
    const json = '[{"email":"cy@example.org","name":"Cy"}]';

    expect(parseUserImport(csv, "csv")).toEqual([
      { email: "ann@example.org", name: 'Ann "Firefly" Lee', role: "ORGANIZER" },
      { email: "bo@example.org", name: "Bo, Jr.", role: "VIEWER" },
    ]);
    expect(parseUserImport(json, "json")).toEqual([{ email: "cy@example.org", name: "Cy", role: "VIEWER" }]);
  });

  it("reports every bad row with its line number and imports nothing", () => {
    const csv = "email,name,role\nnot-an-email,Ann,VIEWER\nbo@example.org,,ADMIN\nbo@example.org,Bo,VIEWER\n";
    expect(() => parseUserImport(csv, "csv")).toThrowError(
      expect.objectContaining({
        issues: [
          { path: ["2", "email"], message: "must be an email address" },
          { path: ["3", "name"], message: "must not be empty" },
          { path: ["3", "role"], message: "must be VIEWER or ORGANIZER" },
        ],
      }),
    );
  });

  it("is idempotent: importing the same file twice leaves the same users, and a changed role is applied", async () => {
    const run = async (text: string) => {
      for (const statement of userImportStatements(parseUserImport(text, "csv"), new Date().toISOString())) {
        await env.DB.prepare(statement).run();
      }
    };
    await run("email,name,role\nfay@example.org,Fay,VIEWER\ngus@example.org,O'Brien,VIEWER\n");
    const before = await db()
      .selectFrom("users")
      .selectAll()
      .where("email", "in", ["fay@example.org", "gus@example.org"])
      .orderBy("email")
      .execute();

    await run("email,name,role\nfay@example.org,Fay,VIEWER\ngus@example.org,O'Brien,VIEWER\n");
    const same = await db()
      .selectFrom("users")
      .selectAll()
      .where("email", "in", ["fay@example.org", "gus@example.org"])
      .orderBy("email")
      .execute();
    await run("email,name,role\nFAY@example.org,Fay,ORGANIZER\n");

    expect(same).toEqual(before);
    expect(same[1]?.name).toBe("O'Brien");
    expect((await findUserByEmail(db(), "fay@example.org"))?.role).toBe("ORGANIZER");
  });
});
