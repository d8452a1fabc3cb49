/** The body of every REST error: `{ "error": { "type", "message", ... } }`, as a JSON schema. */
export const ERROR_SCHEMA = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["type"],
      description: "The GraphQL error type's fields (e.g. `retryAfterSeconds`, `status`) come along",
      properties: {
        type: { type: "string", description: "The GraphQL error type, e.g. ValidationError, NotFoundError" },
        message: { type: "string" },
        issues: {
          type: "array",
          description: "ValidationError only: each broken rule, with the path of its field",
          items: {
            type: "object",
            required: ["path", "message"],
            properties: { path: { type: "array", items: { type: "string" } }, message: { type: "string" } },
          },
        },
      },
    },
  },
};

export const ERROR_CONTENT = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } };

export function restError(type: string, message: string, status: number): Response {
  return Response.json({ error: { type, message } }, { status });
}

export const CSV_RESPONSES = {
  "200": {
    description: "CSV (RFC 4180, UTF-8, a header row); a cell that a spreadsheet would run as a formula starts with '",
    content: { "text/csv": { schema: { type: "string" } } },
  },
  "401": { description: "Not signed in", content: ERROR_CONTENT },
  "403": { description: "Not an organizer", content: ERROR_CONTENT },
  "404": { description: "No such show", content: ERROR_CONTENT },
};
