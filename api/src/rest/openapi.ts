import {
  type FieldNode,
  getNamedType,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
  typeFromAST,
} from "graphql";
import { schema } from "../root.graphql";
import { STATUS_OF_ERROR } from "./graphql-call";
import { ERROR_CONTENT, ERROR_SCHEMA } from "./rest-errors";
import { type GraphqlRoute, isHandler, ROUTES, type Route, type RouteInput } from "./routes";

type JsonSchema = Record<string, unknown>;

const SCALARS: Record<string, JsonSchema> = {
  Int: { type: "integer" },
  Float: { type: "number" },
  Boolean: { type: "boolean" },
  String: { type: "string" },
  ID: { type: "string" },
  DateTime: { type: "string", format: "date-time" },
  File: { type: "string", format: "binary" },
};

const scalarSchema = (type: GraphQLNamedType): JsonSchema => ({
  ...(SCALARS[type.name] ?? {}),
  ...(type.description ? { description: type.description } : {}),
});

function nullable(value: JsonSchema): JsonSchema {
  if (typeof value.type === "string") return { ...value, type: [value.type, "null"] };
  return { anyOf: [value, { type: "null" }] };
}

/** `/api/performances/:id` as OpenAPI writes it: `/api/performances/{id}`. */
export const openApiPath = (pathname: string) => pathname.replace(/:(\w+)/g, "{$1}");

/** The GraphQL input types a body is made of, as components (each once, by name). */
class InputSchemas {
  readonly components: Record<string, JsonSchema> = {};

  of(type: GraphQLInputType): JsonSchema {
    if (isNonNullType(type)) return this.of(type.ofType);
    if (isListType(type)) return nullable({ type: "array", items: this.of(type.ofType) });
    return nullable(this.named(type));
  }

  named(type: GraphQLNamedType): JsonSchema {
    if (isEnumType(type)) {
      return { type: "string", enum: type.getValues().map((value) => value.name), description: type.description };
    }
    if (!isInputObjectType(type)) return scalarSchema(type);
    if (!this.components[type.name]) {
      this.components[type.name] = {};
      const fields = Object.values(type.getFields());
      this.components[type.name] = {
        type: "object",
        ...(type.description ? { description: type.description } : {}),
        additionalProperties: false,
        properties: Object.fromEntries(
          fields.map((field) => [
            field.name,
            {
              ...this.of(field.type),
              ...(field.description ? { description: field.description } : {}),
              ...(field.defaultValue !== undefined ? { default: field.defaultValue } : {}),
            },
          ]),
        ),
        required: fields
          .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
          .map((field) => field.name),
      };
    }
    return { $ref: `#/components/schemas/${type.name}` };
  }
}

/**
 * The JSON a selection answers: only the fields it asks for. At the root, a union's error members
 * are left out: a REST route answers those with an error status.
 */
function outputSchema(type: GraphQLOutputType, selection: SelectionSetNode | undefined, root = false): JsonSchema {
  if (isNonNullType(type)) return required(outputSchema(type.ofType, selection, root));
  if (isListType(type)) return nullable({ type: "array", items: unwrapRequired(outputSchema(type.ofType, selection)) });
  const named = getNamedType(type);
  if (isEnumType(named)) return nullable({ type: "string", enum: named.getValues().map((value) => value.name) });
  if (isScalarType(named)) return nullable(scalarSchema(named));
  const members = isAbstractType(named) ? schema.getPossibleTypes(named) : isObjectType(named) ? [named] : [];
  const shapes = members
    .filter((member) => !(root && member.name in STATUS_OF_ERROR))
    .map((member) => objectSchema(member.name, selection));
  return nullable(shapes.length === 1 ? shapes[0]! : { anyOf: shapes });
}

// Non-null is carried on the schema until the parent object lists the field as required.
const REQUIRED = Symbol("required");
const required = (value: JsonSchema): JsonSchema => {
  const inner = { ...value };
  if (Array.isArray(inner.type)) inner.type = inner.type.filter((name) => name !== "null")[0];
  else if (Array.isArray(inner.anyOf)) return { ...(inner.anyOf as JsonSchema[])[0], [REQUIRED]: true };
  return { ...inner, [REQUIRED]: true };
};
const unwrapRequired = (value: JsonSchema): JsonSchema => {
  const { [REQUIRED]: _, ...rest } = value as JsonSchema & { [REQUIRED]?: boolean };
  return rest;
};

function objectSchema(typeName: string, selection: SelectionSetNode | undefined): JsonSchema {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return {};
  const fields = type.getFields();
  const properties: Record<string, JsonSchema> = {};
  const requiredNames: string[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const node of set?.selections ?? []) {
      if (node.kind === "InlineFragment") {
        const condition = node.typeCondition?.name.value;
        const applies =
          !condition ||
          condition === typeName ||
          (() => {
            const target = schema.getType(condition);
            return target !== undefined && isAbstractType(target) && schema.isSubType(target, type);
          })();
        if (applies) visit(node.selectionSet);
        continue;
      }
      if (node.kind !== "Field") continue;
      const field = node as FieldNode;
      const key = field.alias?.value ?? field.name.value;
      if (field.name.value === "__typename") {
        properties[key] = { type: "string", const: typeName };
        requiredNames.push(key);
        continue;
      }
      const definition = fields[field.name.value];
      if (!definition) continue;
      const value = outputSchema(definition.type, field.selectionSet) as JsonSchema & { [REQUIRED]?: boolean };
      if (value[REQUIRED]) requiredNames.push(key);
      properties[key] = {
        ...unwrapRequired(value),
        ...(definition.description && !("$ref" in value) ? { description: definition.description } : {}),
      };
    }
  };
  visit(selection);
  return {
    type: "object",
    ...(type.description ? { description: type.description } : {}),
    properties,
    required: [...new Set(requiredNames)],
  };
}

/** What a route reads of its request: its query parameters, and its body as a whole or by field. */
function inputsOf(route: GraphqlRoute) {
  const queryNames = new Set<string>(Object.keys(route.queryParams ?? {}));
  const query = new (class extends URLSearchParams {
    override get(name: string) {
      queryNames.add(name);
      return null;
    }
    override has(name: string) {
      queryNames.add(name);
      return false;
    }
  })();
  const bodyNames = new Set<string>();
  const body = new Proxy({} as Record<string, unknown>, {
    get: (_target, name) => {
      if (typeof name === "string") bodyNames.add(name);
      return undefined;
    },
  });
  const input: RouteInput = { params: {}, query, body, timeZone: "UTC" };
  const variables = route.variables(input);
  const wholeBody = Object.entries(variables).find(([, value]) => value === body)?.[0];
  return { queryNames: [...queryNames], wholeBody, bodyNames: [...bodyNames] };
}

function operationOf(document: string): OperationDefinitionNode {
  const operation = parse(document).definitions.find((definition) => definition.kind === "OperationDefinition");
  if (!operation || operation.kind !== "OperationDefinition") throw new Error(`No operation in ${document}`);
  return operation;
}

function graphqlOperation(route: GraphqlRoute, inputs: InputSchemas): Record<string, unknown> {
  const operation = operationOf(route.document);
  const root = operation.selectionSet.selections[0] as FieldNode;
  const rootType = operation.operation === "mutation" ? schema.getMutationType()! : schema.getQueryType()!;
  const rootField = rootType.getFields()[root.name.value]!;
  const { queryNames, wholeBody, bodyNames } = inputsOf(route);
  const variableType = (name: string) => {
    const definition = operation.variableDefinitions?.find((variable) => variable.variable.name.value === name);
    return definition && (typeFromAST(schema, definition.type) as GraphQLInputType | undefined);
  };
  let requestBody: Record<string, unknown> | undefined;
  const bodyType = wholeBody ? variableType(wholeBody) : undefined;
  if (bodyType) {
    requestBody = {
      required: false,
      content: { "application/json": { schema: inputs.named(getNamedType(bodyType)) } },
    };
  } else if (bodyNames.length > 0) {
    requestBody = {
      required: false,
      content: {
        "application/json": {
          schema: {
            type: "object",
            properties: Object.fromEntries(
              bodyNames.map((name) => {
                const typeName = route.bodyFields?.[name];
                const type = typeName ? schema.getType(typeName) : undefined;
                return [name, type ? inputs.named(type) : {}];
              }),
            ),
          },
        },
      },
    };
  }
  const success = unwrapRequired(outputSchema(rootField.type, root.selectionSet, true));
  const fallback = route.fallback && operationOf(route.fallback).selectionSet.selections[0];
  const answer = {
    ...success,
    ...(Array.isArray(success.type) ? { type: "object" } : {}),
    ...(route.extra ? { properties: { ...(success.properties as JsonSchema), ...route.extra.schemas } } : {}),
  };
  // Statuses the operation's own error types answer with, besides the ones every route may.
  const errorStatuses = new Set(["400", "401", "403", "404"]);
  for (const type of isAbstractType(getNamedType(rootField.type))
    ? schema.getPossibleTypes(getNamedType(rootField.type) as Parameters<GraphQLSchema["getPossibleTypes"]>[0])
    : []) {
    const status = STATUS_OF_ERROR[type.name];
    if (status) errorStatuses.add(String(status));
  }
  return {
    summary: route.summary ?? `GraphQL \`${rootField.name}\``,
    description: [
      route.description,
      `Runs \`${rootField.name}\`${fallback ? " (callers who may not see every field get the others)" : ""}. ${rootField.description ?? ""}`,
    ]
      .filter(Boolean)
      .join("\n\n"),
    parameters: parametersOf(route, queryNames),
    ...(requestBody ? { requestBody } : {}),
    responses: {
      "200": { description: "The answer", content: { "application/json": { schema: answer } } },
      ...Object.fromEntries(
        [...errorStatuses]
          .sort()
          .map((status) => [status, { description: errorDescription(status), content: ERROR_CONTENT }]),
      ),
    },
  };
}

const ERROR_DESCRIPTIONS: Record<string, string> = {
  "400": "ValidationError: bad input (with `issues`)",
  "401": "UnauthenticatedError or InvalidCredentialsError",
  "403": "ForbiddenError",
  "404": "NotFoundError",
  "409": "ConflictError, IllegalTransitionError or NotAvailableError",
  "429": "RateLimitedError (with `retryAfterSeconds` and a Retry-After header)",
  "503": "StreamUnavailableError",
};
const errorDescription = (status: string) => ERROR_DESCRIPTIONS[status] ?? "An error";

function parametersOf(route: Route, queryNames: readonly string[]) {
  const pathNames = [...route.pattern.pathname.matchAll(/:(\w+)/g)].map((match) => match[1]!);
  return [
    ...pathNames.map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })),
    ...queryNames.map((name) => ({
      name,
      in: "query",
      required: false,
      schema: { type: "string" },
      ...(route.queryParams?.[name] ? { description: route.queryParams[name] } : {}),
    })),
  ];
}

let built: Record<string, unknown> | undefined;

/** The OpenAPI 3.1 document of every route in the table, built once per isolate. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  if (built) return built;
  const inputs = new InputSchemas();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) {
    const path = openApiPath(route.pattern.pathname);
    const operation = isHandler(route)
      ? {
          summary: route.summary,
          ...(route.description ? { description: route.description } : {}),
          parameters: parametersOf(route, Object.keys(route.queryParams ?? {})),
          responses: route.responses,
        }
      : graphqlOperation(route, inputs);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation };
  }
  built = {
    openapi: "3.1.0",
    info: {
      title: "FireStream REST API",
      version: "1.0.0",
      description:
        "The REST routes of FireStream. Each runs one operation of the GraphQL API at /graphql (same rules, same errors); GraphQL is the fuller interface. Authenticate with `Authorization: Bearer <token>` (POST /api/auth/login answers one) or the session cookie.",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: { Error: ERROR_SCHEMA, ...inputs.components },
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" },
        cookie: { type: "apiKey", in: "cookie", name: "firestream_session" },
      },
    },
    security: [{}, { bearer: [] }, { cookie: [] }],
  };
  return built;
}
