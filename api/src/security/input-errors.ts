import { type ExecutionArgs, GraphQLError, getOperationAST, getVariableValues } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { ValidationIssue } from "../errors";

/**
 * graphql-js refuses variables that do not fit their types (a string for an Int, a missing
 * required input field, an unknown enum value) with errors that carry no code. This answers
 * those requests itself, before execution, with the same errors coded BAD_USER_INPUT, each with
 * the `issues` a ValidationError has (`extensions.issues`: the field's path and what is wrong).
 */
export function useBadUserInputCodes(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const errors = variableErrors(args);
      if (errors) setResultAndStopExecution({ errors });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const errors = variableErrors(args);
      if (errors) setResultAndStopExecution({ errors });
    },
  };
}

function variableErrors(args: ExecutionArgs): GraphQLError[] | undefined {
  const operation = getOperationAST(args.document, args.operationName);
  // No such operation: execution explains that itself.
  if (!operation) return undefined;
  const coerced = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {}, {
    maxErrors: 20,
  });
  if (!coerced.errors) return undefined;
  return coerced.errors.map(
    (error) =>
      new GraphQLError(error.message, {
        nodes: error.nodes,
        originalError: error.originalError,
        extensions: {
          ...error.extensions,
          code: error.extensions.code ?? "BAD_USER_INPUT",
          issues: [coercionIssue(error.message)],
          http: { status: 400 },
        },
      }),
  );
}

/** graphql-js's text for a variable that does not fit, as a ValidationError issue (path and message). */
export function coercionIssue(message: string): ValidationIssue {
  const match = /^Variable "\$(\w+)" has invalid value((?: at [^:]+)?): ([\s\S]*)$/.exec(message);
  if (!match) return { path: [], message };
  const [, variable = "", at = "", detail = ""] = match;
  const path = [variable, ...[...at.matchAll(/\.(\w+)|\[(\d+)\]/g)].map((part) => part[1] ?? part[2] ?? "")];
  const required = /to include required field "(\w+)"/.exec(detail);
  if (required) return { path: [...path, required[1] ?? ""], message: "is required" };
  const unknown = /not to include unknown field "(\w+)"/.exec(detail);
  if (unknown) return { path: [...path, unknown[1] ?? ""], message: "is not a field of this input" };
  if (/to be provided/.test(detail)) return { path, message: "is required" };
  return { path, message: detail.replace(/\.$/, "") };
}
