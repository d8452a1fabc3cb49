import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { openApiPath } from "./openapi";
import { ROUTES } from "./routes";

async function document() {
  const response = await exports.default.fetch("https://firestream.example.com/api/openapi.json");
  expect(response.status).toBe(200);
  return (await response.json()) as {
    openapi: string;
    paths: Record<string, Record<string, { requestBody?: unknown; parameters: Array<{ name: string; in: string }> }>>;
    components: {
      schemas: Record<string, { properties?: Record<string, { default?: unknown }>; required?: string[] }>;
    };
  };
}

describe("/api/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const openapi = await document();

    const verdict = await fetch(env.OPENAPI_VALIDATOR_URL, { method: "POST", body: JSON.stringify(openapi) });

    expect(openapi.openapi).toBe("3.1.0");
    expect(await verdict.json()).toEqual({ valid: true });
  });

  it("describes exactly the routes of the table, each method of each path", async () => {
    const openapi = await document();

    const documented = Object.entries(openapi.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const table = ROUTES.map((route) => `${route.method} ${openApiPath(route.pattern.pathname)}`);

    expect(documented.sort()).toEqual([...new Set(table)].sort());
    expect(table).toHaveLength(new Set(table).size);
  });

  it("tells what each route reads: path and query parameters, and the body's input type", async () => {
    const { paths, components } = await document();

    expect(paths["/api/performances/{id}"]?.put?.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "id", in: "path" }),
        expect.objectContaining({ name: "scope" }),
      ]),
    );
    expect(paths["/api/performances"]?.get?.parameters.map((parameter) => parameter.name)).toEqual(
      expect.arrayContaining(["from", "to", "startDate", "endDate", "first", "after"]),
    );
    expect(paths["/api/performances"]?.post?.requestBody).toMatchObject({
      content: { "application/json": { schema: { $ref: "#/components/schemas/CreatePerformanceInput" } } },
    });
    expect(components.schemas.CreatePerformanceInput?.properties?.durationMinutes?.default).toBe(60);
    expect(components.schemas.CreatePerformanceInput?.required?.sort()).toEqual(["scheduledTime", "title"]);
  });
});
