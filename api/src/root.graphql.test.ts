import {
  type GraphQLEnumValue,
  type GraphQLNamedType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isNonNullType,
  isObjectType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  isUnionType,
  lexicographicSortSchema,
  printSchema,
} from "graphql";
import { describe, expect, it } from "vitest";
import committedSdl from "../../schema.graphql?raw";
import { schema } from "./root.graphql";

/** The schema's own types: GraphQL's built-in scalars and introspection types are described by the spec. */
const ownTypes = (): GraphQLNamedType[] =>
  Object.values(schema.getTypeMap()).filter((type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type));

describe("the schema", () => {
  it("matches the committed, sorted schema.graphql (run `pnpm schema` after changing it)", () => {
    expect(`${printSchema(lexicographicSortSchema(schema))}\n`).toBe(committedSdl);
  });

  it("gives every field of every type an explicit authorization rule", () => {
    const unruled: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || !(isObjectType(type) || isInterfaceType(type))) continue;
      const typeOptions = type.extensions.pothosOptions as { authScopes?: unknown } | undefined;
      const isRoot = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].includes(
        type as never,
      );
      for (const field of Object.values(type.getFields())) {
        const fieldOptions = field.extensions.pothosOptions as { authScopes?: unknown } | undefined;
        // A type-level rule covers its fields; root fields each need their own.
        const ruled = fieldOptions?.authScopes !== undefined || (!isRoot && typeOptions?.authScopes !== undefined);
        if (!ruled) unruled.push(`${type.name}.${field.name}`);
      }
    }
    expect(unruled).toEqual([]);
  });

  it("describes every type, field, argument, input field, enum value and directive for integrators", () => {
    const undescribed: string[] = [];
    const needs = (element: { description?: string | null }, name: string) => {
      if (!element.description?.trim()) undescribed.push(name);
    };
    for (const type of ownTypes()) {
      needs(type, type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          needs(field, `${type.name}.${field.name}`);
          for (const arg of field.args) needs(arg, `${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) needs(field, `${type.name}.${field.name}`);
      }
      if (isEnumType(type)) for (const value of type.getValues()) needs(value, `${type.name}.${value.name}`);
    }
    for (const directive of schema.getDirectives().filter((directive) => !isSpecifiedDirective(directive))) {
      needs(directive, `@${directive.name}`);
      for (const arg of directive.args) needs(arg, `@${directive.name}(${arg.name})`);
    }
    expect(undescribed).toEqual([]);
  });

  it("spells enum values in SCREAMING_CASE; other spellings are deprecated, with a reason naming the new one", () => {
    const offenders: string[] = [];
    const screaming = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
    for (const type of ownTypes()) {
      if (!isEnumType(type)) continue;
      const values = type.getValues();
      const spelledRight = (value: GraphQLEnumValue) =>
        screaming.test(value.name) ||
        values.some(
          (replacement) =>
            screaming.test(replacement.name) &&
            !replacement.deprecationReason &&
            value.deprecationReason?.includes(replacement.name),
        );
      for (const value of values) if (!spelledRight(value)) offenders.push(`${type.name}.${value.name}`);
    }
    expect(offenders).toEqual([]);
  });

  it("gives every mutation the result union Mutation<Name>Result: one success type and typed errors", () => {
    const offenders: string[] = [];
    for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
      const type = getNamedType(field.type);
      const expectedName = `Mutation${field.name[0]?.toUpperCase()}${field.name.slice(1)}Result`;
      const successes = isUnionType(type)
        ? type.getTypes().filter((member) => !member.getInterfaces().some((face) => face.name === "Error"))
        : [];
      if (!isNonNullType(field.type) || type.name !== expectedName || successes.length !== 1) {
        offenders.push(`${field.name}: ${String(field.type)}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
