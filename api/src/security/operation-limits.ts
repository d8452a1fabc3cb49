import { createComplexityRule, type FieldComplexityValue } from "@pothos/plugin-complexity";
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  GraphQLError,
  type GraphQLSchema,
  getNullableType,
  isListType,
  Kind,
  type SelectionSetNode,
  validate,
  visit,
} from "graphql";
import type { Plugin, YogaInitialContext } from "graphql-yoga";
import type { GraphqlLimits } from "../config";

/**
 * A list's selections count this many times when the field takes no `first`/`last` (an
 * estimate of its length); a connection asked for no page counts as its largest default page.
 */
export const LIST_MULTIPLIER = 10;
export const UNSIZED_PAGE = 50;

/**
 * What a field costs, for @pothos/plugin-complexity: 1, and the cost of its selections times the
 * page asked for (`first` or `last`, as given), or times LIST_MULTIPLIER for a plain list.
 * A connection's `edges` count once: the connection already multiplied by its page.
 */
export function fieldCost(
  args: Record<string, unknown>,
  _context: unknown,
  field: Pick<GraphQLField<unknown, never>, "args" | "type">,
) {
  const paged = field.args.some((arg) => arg.name === "first" || arg.name === "last");
  if (paged) {
    const page = [args.first, args.last].find((value): value is number => typeof value === "number");
    return { field: 1, multiplier: page ?? UNSIZED_PAGE } satisfies FieldComplexityValue;
  }
  if (isListType(getNullableType(field.type))) {
    return { field: 1, multiplier: LIST_MULTIPLIER } satisfies FieldComplexityValue;
  }
  return 1;
}

/** A connection's edges: the items were counted by the connection field's page. */
export const EDGES_COST = { field: 1, multiplier: 1 } satisfies FieldComplexityValue;

export type LimitName = keyof GraphqlLimits;

export interface Measured {
  depth: number;
  cost: number;
}

/**
 * The error of a refused operation: one, with `extensions.code` QUERY_TOO_COMPLEX. Answered as
 * Yoga answers a document that does not validate (GraphQL over HTTP): 400 to clients that accept
 * application/graphql-response+json, 200 to those that take only application/json.
 */
export function tooComplex(limit: LimitName, max: number, actual: number | undefined, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: "QUERY_TOO_COMPLEX",
      limit,
      max,
      ...(actual === undefined ? {} : { actual }),
      http: { status: 400, spec: true },
    },
  });
}

/**
 * Aliased fields and directives of the heaviest operation, before any validation runs: a
 * fragment counts wherever it is spread. Cheap, so a document of a thousand aliases is refused
 * before graphql-js validates (or executes) any of it.
 */
export function countAliasesAndDirectives(document: DocumentNode): { aliases: number; directives: number } {
  let directives = 0;
  visit(document, {
    Directive() {
      directives++;
    },
  });
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const aliasesOfFragment = new Map<string, number>();
  const expanding = new Set<string>();
  const aliasesIn = (selectionSet: SelectionSetNode | undefined): number => {
    let count = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        count += (selection.alias ? 1 : 0) + aliasesIn(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        count += aliasesIn(selection.selectionSet);
      } else {
        const name = selection.name.value;
        // A cycle is invalid (validation says so); an unknown fragment has nothing to count.
        if (expanding.has(name)) continue;
        if (!aliasesOfFragment.has(name)) {
          expanding.add(name);
          aliasesOfFragment.set(name, aliasesIn(fragments.get(name)?.selectionSet));
          expanding.delete(name);
        }
        count += aliasesOfFragment.get(name) ?? 0;
      }
    }
    return count;
  };
  let aliases = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) aliases = Math.max(aliases, aliasesIn(definition.selectionSet));
  }
  return { aliases, directives };
}

/**
 * Depth and cost of the operation a request runs, with its variables (so `first: $first` counts
 * as the page asked for), measured by @pothos/plugin-complexity. Introspection fields count as
 * one (graphql-js's own MaxIntrospectionDepthRule bounds those). Undefined when the variables do
 * not fit the operation: execution refuses those with BAD_USER_INPUT.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  context: object = {},
): Measured | undefined {
  let measured: Measured | undefined;
  const rule = createComplexityRule({
    context,
    variableValues: variables ?? {},
    operationName,
    onResult: (result) => {
      const current = { depth: result.depth, cost: result.complexity };
      measured = measured && measured.cost >= current.cost ? measured : current;
    },
  });
  const errors = validate(schema, document, [rule]);
  return errors.length > 0 ? undefined : measured;
}

/**
 * Refuses operations over the limits before anything executes: tokens while parsing (graphql-js
 * stops the lexer), aliases and directives before validation, depth and cost after it (they need
 * a valid document and the request's variables). Limits come from the configuration of the
 * request's environment.
 */
export function useOperationLimits<ServerContext extends object>(
  limitsOf: (context: ServerContext) => GraphqlLimits,
): Plugin<ServerContext & YogaInitialContext> {
  const limitsFor = (context: unknown) => limitsOf(context as ServerContext);
  return {
    onParse({ context, parseFn, setParseFn }) {
      const { tokens } = limitsFor(context);
      setParseFn((source, options) => {
        try {
          return parseFn(source, { ...options, maxLexicalTokens: tokens });
        } catch (error) {
          if (error instanceof GraphQLError && /contains more than \d+ tokens/.test(error.message)) {
            throw tooComplex("tokens", tokens, undefined, `The document has more than ${tokens} tokens.`);
          }
          throw error;
        }
      });
    },
    onValidate({ context, params: { schema, documentAST } }) {
      const limits = limitsFor(context);
      const { aliases, directives } = countAliasesAndDirectives(documentAST);
      if (aliases > limits.aliases) {
        throw tooComplex(
          "aliases",
          limits.aliases,
          aliases,
          `The operation uses ${aliases} aliases; at most ${limits.aliases} are allowed.`,
        );
      }
      if (directives > limits.directives) {
        throw tooComplex(
          "directives",
          limits.directives,
          directives,
          `The document uses ${directives} directives; at most ${limits.directives} are allowed.`,
        );
      }
      // Thrown, not set as the result: Yoga caches validation results by document, and these
      // two depend on the variables.
      return ({ valid }) => {
        if (!valid) return;
        const { params } = context as unknown as YogaInitialContext;
        const measured = measureOperation(
          schema,
          documentAST,
          params.variables,
          params.operationName ?? undefined,
          context,
        );
        if (!measured) return;
        if (measured.depth > limits.depth) {
          throw tooComplex(
            "depth",
            limits.depth,
            measured.depth,
            `The operation is ${measured.depth} levels deep; at most ${limits.depth} are allowed.`,
          );
        }
        if (measured.cost > limits.cost) {
          throw tooComplex(
            "cost",
            limits.cost,
            measured.cost,
            `The operation costs ${measured.cost}; at most ${limits.cost} is allowed (ask for smaller pages with first).`,
          );
        }
      };
    },
  };
}
