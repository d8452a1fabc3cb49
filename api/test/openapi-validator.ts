// Global setup: an OpenAPI validator the tests can reach. @seriousme/openapi-schema-validator reads
// its JSON schemas from disk and compiles them (Ajv), neither of which workerd allows, so it runs
// here in Node: `POST /` with a document answers `{ valid, errors }`.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Validator } from "@seriousme/openapi-schema-validator";
import type { TestProject } from "vitest/node";

export default async function setup(project: TestProject) {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const validator = new Validator();
      validator
        .validate(JSON.parse(Buffer.concat(chunks).toString("utf8")) as Parameters<Validator["validate"]>[0])
        .then((result) => {
          response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result));
        })
        .catch((error: unknown) => response.writeHead(500).end(String(error)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  project.provide("openapiValidatorUrl", `http://127.0.0.1:${port}/`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
