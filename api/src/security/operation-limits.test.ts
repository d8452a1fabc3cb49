import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import {
  type GraphQLInputType,
  getIntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
} from "graphql";
import { describe, expect, it } from "vitest";
import { CountingD1 } from "../../test/counting-d1";
import { db, insertPerformance, signedIn } from "../../test/fixtures";
import { readConfig } from "../config";
import { schema } from "../root.graphql";
import { yoga } from "../yoga";
import { countAliasesAndDirectives, measureOperation } from "./operation-limits";

const limits = readConfig(env).graphqlLimits;

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * Posts an operation to Yoga as the Worker does, with a D1 that counts every round trip: an
 * operation refused before execution touches the database not once (no resolver ran, and a
 * signed-out caller needs no lookup to be authenticated).
 */
async function post(
  query: string,
  variables: Record<string, unknown> = {},
  vars: Record<string, string> = {},
): Promise<Answer & { roundTrips: number }> {
  const counting = new CountingD1(env.DB);
  const ctx = createExecutionContext();
  const response = await yoga.fetch(
    new Request("https://firestream.example.com/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query, variables }),
    }),
    { env: { ...env, ...vars, DB: counting.asBinding() }, ctx },
  );
  await waitOnExecutionContext(ctx);
  return { ...((await response.json()) as Answer), status: response.status, roundTrips: counting.roundTrips };
}

function expectRefused(answer: Answer & { roundTrips: number }, limit: string) {
  expect(answer.status).toBe(400);
  expect(answer.errors).toHaveLength(1);
  expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit });
  expect(answer.errors?.[0]?.extensions).not.toHaveProperty("http");
  expect(answer.data).toBeUndefined();
  expect(answer.roundTrips).toBe(0);
}

const aliased = (count: number, field: string) => Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join("\n");

describe("the attacks of issue 9 are refused before anything runs", () => {
  it("1,000 aliases of signIn try no password: no session is created", async () => {
    const { user, password } = await signedIn("VIEWER");
    const sessions = async () =>
      (await db().selectFrom("sessions").select("id").where("user_id", "=", user.id).execute()).length;
    const before = await sessions();

    const answer = await post(
      `mutation { ${aliased(1000, `signIn(input: { email: "${user.email}", password: "${password}" }) { __typename }`)} }`,
    );

    expectRefused(answer, "tokens");
    expect(await sessions()).toBe(before);
  });

  it("1,000 aliases of signIn are refused by the alias limit itself when tokens allow them", async () => {
    const { user, password } = await signedIn("VIEWER");
    const sessions = async () =>
      (await db().selectFrom("sessions").select("id").where("user_id", "=", user.id).execute()).length;
    const before = await sessions();

    const answer = await post(
      `mutation { ${aliased(1000, `signIn(input: { email: "${user.email}", password: "${password}" }) { __typename }`)} }`,
      {},
      { GRAPHQL_MAX_TOKENS: "1000000" },
    );

    expectRefused(answer, "aliases");
    expect(answer.errors?.[0]?.extensions).toMatchObject({ max: limits.aliases, actual: 1000 });
    expect(await sessions()).toBe(before);
  });

  it("50 aliases of signUp make no account", async () => {
    const tag = crypto.randomUUID();
    const answer = await post(
      `mutation { ${Array.from(
        { length: 50 },
        (_, i) =>
          `a${i}: signUp(input: { email: "${tag}-${i}@firestream.test", name: "Fan ${i}", password: "a long enough password" }) { __typename }`,
      ).join("\n")} }`,
    );

    expectRefused(answer, "aliases");
    const accounts = await db().selectFrom("users").select("id").where("email", "like", `${tag}-%`).execute();
    expect(accounts).toHaveLength(0);
  });

  it("1,000 aliases of performances(first: 100) read nothing", async () => {
    expectRefused(
      await post(`{ ${aliased(1000, "performances(first: 100) { edges { node { id title } } }")} }`),
      "tokens",
    );
    expectRefused(
      await post(
        `{ ${aliased(1000, "performances(first: 100) { edges { node { id } } }")} }`,
        {},
        { GRAPHQL_MAX_TOKENS: "1000000" },
      ),
      "aliases",
    );
  });

  it("as many aliases as allowed still cannot read more than the cost budget", async () => {
    const answer = await post(
      `{ ${aliased(limits.aliases, "performances(first: 100) { edges { node { id title description } } }")} }`,
    );

    expectRefused(answer, "cost");
    expect(answer.errors?.[0]?.message).toMatch(/costs \d+; at most 5000/);
  });

  it("depth 1,000 is refused, by tokens and, were tokens unlimited, by depth", async () => {
    const id = await insertPerformance();
    const deep = (levels: number) =>
      `{ performance(id: "${id}") { ${"viewerRegistration { performance { ".repeat(levels)}id${" } }".repeat(levels)} } }`;

    expectRefused(await post(deep(500)), "tokens");
    // Another document: Yoga caches what parsing a document's text gave, refusal included.
    const answer = await post(deep(499), {}, { GRAPHQL_MAX_TOKENS: "1000000" });
    expectRefused(answer, "depth");
    expect(answer.errors?.[0]?.extensions).toMatchObject({ max: limits.depth, actual: 1000 });
  });

  it("one level more than the depth limit is refused, the limit itself is answered", async () => {
    const id = await insertPerformance();
    // performance (1) + viewerRegistration/performance pairs + id
    const atDepth = (depth: number) => {
      const pairs = (depth - 2) / 2;
      return `{ performance(id: "${id}") { ${"viewerRegistration { performance { ".repeat(pairs)}id${" } }".repeat(pairs)} } }`;
    };

    expect(limits.depth % 2).toBe(0);
    const allowed = await post(atDepth(limits.depth));
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data).toEqual({ performance: { viewerRegistration: null } });
    expectRefused(await post(atDepth(limits.depth + 2)), "depth");
  });

  it("directive overloading is refused before graphql-js validates the directives", async () => {
    const answer = await post(`{ __typename ${"@include(if: true) ".repeat(100)} }`);

    expectRefused(answer, "directives");
    expect(answer.errors?.[0]?.message).toBe("The document uses 100 directives; at most 20 are allowed.");
  });

  it("a huge document is refused while parsing", async () => {
    const answer = await post(`{ ${"__typename ".repeat(100_000)} }`);

    expectRefused(answer, "tokens");
    expect(answer.errors?.[0]?.message).toBe(`The document has more than ${limits.tokens} tokens.`);
  });

  it("a page larger than the budget is refused, whether first is written in the document or a variable", async () => {
    expectRefused(await post(`{ performances(first: 5000) { edges { node { id } } } }`), "cost");

    // The same document, twice: Yoga caches validation, but the cost follows the variables.
    const query = `query ($first: Int) { performances(first: $first) { edges { node { id } } } }`;
    const small = await post(query, { first: 10 });
    expect(small.errors).toBeUndefined();
    expectRefused(await post(query, { first: 5000 }), "cost");
    expect((await post(query, { first: 10 })).errors).toBeUndefined();
  });

  it("fragments count wherever they are spread", async () => {
    const fifteen = (prefix: string) => Array.from({ length: 15 }, (_, i) => `${prefix}${i}: __typename`).join(" ");
    expect(
      countAliasesAndDirectives(parse(`{ ...A ...A b: __typename } fragment A on Query { ${fifteen("a")} }`)),
    ).toEqual({
      aliases: 31,
      directives: 0,
    });

    const answer = await post(
      `{ ...A ... on Query { ...B } } fragment A on Query { ${fifteen("a")} } fragment B on Query { ${fifteen("b")} }`,
    );

    expectRefused(answer, "aliases");
    expect(answer.errors?.[0]?.extensions).toMatchObject({ actual: 30 });
  });
});

describe("the cost of an operation, as the README tells integrators", () => {
  const cost = (query: string, variables: Record<string, unknown> = {}) =>
    measureOperation(schema, parse(query), variables, undefined)?.cost;

  it("is 1 a field, and a page's selections times the page asked for", () => {
    expect(cost("{ siteTimeZone }")).toBe(1);
    // performances 1 + 100 x (edges 1 + node 1 + id 1 + title 1)
    expect(cost("{ performances(first: 100) { edges { node { id title } } } }")).toBe(401);
    expect(cost("query ($n: Int) { performances(last: $n) { edges { node { id title } } } }", { n: 10 })).toBe(41);
  });

  it("counts a connection asked for no page as 50, and a plain list as 10", () => {
    expect(cost("{ performances { edges { node { id } } } }")).toBe(1 + 50 * 3);
    expect(cost("{ performanceAnalytics { totalViews } }")).toBe(1 + 10 * 1);
  });

  it("counts introspection as one field, however deep", () => {
    expect(cost("{ __schema { types { name fields { name type { name } } } } }")).toBe(1);
  });
});

describe("what stays open", () => {
  it("GraphiQL's introspection query, with every option, is well inside the limits", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });

    const answer = await post(query);

    expect(answer.errors).toBeUndefined();
    expect(answer.data).toHaveProperty("__schema.queryType.name", "Query");
  });

  it("GraphiQL's page is served", async () => {
    const response = await exports.default.fetch("https://firestream.example.com/graphql", {
      headers: { accept: "text/html" },
    });

    expect(response.status).toBe(200);
    expect(await response.text()).toContain("YogaGraphiQL");
  });

  it("array batching is not accepted", async () => {
    const response = await exports.default.fetch("https://firestream.example.com/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]),
    });

    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).not.toContain('"__typename":"Query"');
  });
});

/** The largest page of shows the API serves: the site's `first`/`last` variables are at most that. */
const LARGEST_PAGE = 100;

/** A value of the given input type, for variables the site fills in: pages as large as possible. */
function sampleValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name);
  if (isListType(type)) return [sampleValue(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter(
      (field) => isNonNullType(field.type) && field.defaultValue === undefined,
    );
    return Object.fromEntries(required.map((field) => [field.name, sampleValue(field.type, field.name)]));
  }
  const samples: Record<string, unknown> = {
    Int: name === "first" || name === "last" ? LARGEST_PAGE : 1,
    Float: 1,
    Boolean: true,
    DateTime: "2026-12-04T20:00:00Z",
    LocalDate: "2026-12-04",
  };
  return samples[type.name] ?? "x";
}

describe("every document of the site", () => {
  // Codegen writes each one as `export const XDocument = new TypedDocumentString(`...`)`, fragments inlined.
  const documents = [
    ...env.SITE_OPERATIONS.matchAll(/export const (\w+Document) = new TypedDocumentString\(`([^`]*)`/g),
  ].map(([, name, text]) => [name, text] as const);

  it("is found in the site's codegen output", () => {
    expect(documents.length).toBeGreaterThan(20);
  });

  it.each(documents)("%s stays within every limit and under half of the cost budget", (_name, document) => {
    const parsed = parse(String(document), { maxLexicalTokens: limits.tokens });
    const operation = parsed.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error("no operation");
    const variables = Object.fromEntries(
      (operation.variableDefinitions ?? []).map((definition) => [
        definition.variable.name.value,
        sampleValue(typeFromAST(schema, definition.type) as GraphQLInputType, definition.variable.name.value),
      ]),
    );

    const measured = measureOperation(schema, parsed, variables, undefined);
    const counted = countAliasesAndDirectives(parsed);

    expect(measured).toBeDefined();
    expect(measured?.cost).toBeLessThan(limits.cost / 2);
    expect(measured?.depth).toBeLessThanOrEqual(limits.depth);
    expect(counted.aliases).toBeLessThanOrEqual(limits.aliases / 2);
    expect(counted.directives).toBeLessThanOrEqual(limits.directives / 2);
  });
});
