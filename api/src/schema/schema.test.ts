import { isInterfaceType, isObjectType, lexicographicSortSchema, printSchema } from "graphql";
import { describe, expect, it } from "vitest";
import committedSdl from "../../../schema.graphql?raw";
import { schema } from ".";

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
});
