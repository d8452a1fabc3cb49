import { type ExecutionArgs, GraphQLError, getOperationAST, getVariableValues } from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * graphql-js refuses variables that do not fit their types (a string for an Int, a missing
 * required input field, an unknown enum value) with errors that carry no code. This answers
 * those requests itself, before execution, with the same errors coded BAD_USER_INPUT.
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
        extensions: { ...error.extensions, code: error.extensions.code ?? "BAD_USER_INPUT", http: { status: 400 } },
      }),
  );
}
