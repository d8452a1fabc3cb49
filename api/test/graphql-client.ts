import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import type { FormattedExecutionResult } from "graphql";
import { expect } from "vitest";
import { CSRF_HEADER } from "../src/security/csrf";
import { yoga } from "../src/yoga";
import type { TypedDocumentString } from "./graphql/graphql";

export interface ExecuteOptions {
  /** Sent as `Authorization: Bearer <token>` */
  token?: string;
  /** Raw Cookie header */
  cookie?: string;
  /** Any other request headers */
  headers?: Record<string, string>;
  /** Bindings to use instead of the test environment's (e.g. a D1 that counts queries) */
  env?: Env;
  /** Files for a GraphQL multipart request, by variable path ("input.thumbnail") */
  files?: Record<string, File>;
}

export interface Executed<R> {
  status: number;
  data: R | null | undefined;
  errors: FormattedExecutionResult["errors"];
  headers: Headers;
}

/** Runs a typed operation through Yoga exactly as the Worker does (context, auth, masking). */
export async function execute<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  options: ExecuteOptions = {},
): Promise<Executed<R>> {
  const headers = new Headers(options.headers);
  // Each request comes from its own address unless a test says otherwise, so per-address rate
  // limits only meet the tests that aim at them.
  if (!headers.has("cf-connecting-ip")) headers.set("cf-connecting-ip", randomAddress());
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  if (options.cookie) headers.set("cookie", options.cookie);
  let body: BodyInit;
  if (options.files) {
    const form = new FormData();
    form.set("operations", JSON.stringify({ query: document.toString(), variables }));
    const paths = Object.keys(options.files);
    form.set("map", JSON.stringify(Object.fromEntries(paths.map((path, i) => [String(i), [`variables.${path}`]]))));
    paths.forEach((path, i) => form.set(String(i), options.files?.[path] as File));
    body = form;
    // As every FireStream client does: no form on another site can send this header.
    headers.set(CSRF_HEADER, "1");
  } else {
    headers.set("content-type", "application/json");
    body = JSON.stringify({ query: document.toString(), variables });
  }
  const ctx = createExecutionContext();
  const response = await yoga.fetch(
    new Request("https://firestream.example.com/graphql", { method: "POST", headers, body }),
    { env: options.env ?? env, ctx },
  );
  await waitOnExecutionContext(ctx);
  const result = (await response.json()) as FormattedExecutionResult<R>;
  return { status: response.status, data: result.data, errors: result.errors, headers: response.headers };
}

/** Runs an operation that must succeed without GraphQL errors and returns its data. */
export async function executeOk<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  options?: ExecuteOptions,
): Promise<R> {
  const result = await execute(document, variables, options);
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error("no data");
  return result.data;
}

type Typed = { __typename?: string };

/** Asserts a union result's type and narrows it. */
export function expectTypename<T extends Typed, N extends NonNullable<T["__typename"]>>(
  value: T | null | undefined,
  typename: N,
): Extract<T, { __typename?: N }> {
  expect(value?.__typename, JSON.stringify(value)).toBe(typename);
  return value as Extract<T, { __typename?: N }>;
}

/** An address in 2001:db8::/32 (documentation), a different /64 each time. */
export function randomAddress(): string {
  const [a = 0, b = 0] = crypto.getRandomValues(new Uint16Array(2));
  return `2001:db8:${a.toString(16)}:${b.toString(16)}::1`;
}
