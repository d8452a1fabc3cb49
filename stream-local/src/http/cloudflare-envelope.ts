/** Cloudflare's API envelope `{ success, errors, messages, result }` and its error answers. */
import type { z } from "zod";
import type { Reply, Request } from "./router";

export interface CloudflareError {
  code: number;
  message: string;
}

export function ok(result: unknown, status = 200): Reply {
  return { status, body: { json: { result, success: true, errors: [], messages: [] } } };
}

export function failure(status: number, ...errors: CloudflareError[]): Reply {
  return { status, body: { json: { result: null, success: false, errors, messages: [] } } };
}

export const authenticationError = () => failure(401, { code: 10000, message: "Authentication error" });
export const accountForbidden = () => failure(403, { code: 10000, message: "Authentication error" });
export const notFound = (what: string) => failure(404, { code: 10003, message: `Not Found: ${what}` });
export const badRequest = (message: string) => failure(400, { code: 10005, message: `Bad Request: ${message}` });
export const noRoute = (path: string) =>
  failure(
    404,
    { code: 7003, message: `Could not route to ${path}, perhaps your object identifier is invalid?` },
    { code: 7000, message: "No route for that URI" },
  );
export const methodNotAllowed = (method: string) =>
  failure(405, { code: 7001, message: `Method ${method} not available for that URI.` });

/** Parses a JSON body against a schema; an empty body counts as `{}`. */
export async function parseBody<T>(request: Request, schema: z.ZodType<T>): Promise<{ value: T } | { reply: Reply }> {
  let raw: unknown = {};
  try {
    const text = (await request.body()).toString("utf8").trim();
    if (text) raw = JSON.parse(text);
  } catch (error) {
    return { reply: badRequest(error instanceof SyntaxError ? "the body is not valid JSON" : String(error)) };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`);
    return { reply: badRequest(issues.join("; ")) };
  }
  return { value: parsed.data };
}
