import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed operations from schema.graphql (printed from the Pothos schema by `pnpm schema`).
// Documents are written with the generated `graphql()` next to the code that uses them.
const clientPreset = {
  preset: "client",
  presetConfig: { fragmentMasking: false },
  config: {
    documentMode: "string",
    enumsAsTypes: true,
    useTypeImports: true,
    scalars: { DateTime: "string", LocalDate: "string", File: "File" },
  },
} as const;

const config: CodegenConfig = {
  schema: "schema.graphql",
  ignoreNoDocuments: true,
  generates: {
    "web/src/lib/graphql/generated/": {
      ...clientPreset,
      documents: ["web/src/**/*.{ts,svelte}", "!web/src/lib/graphql/generated/**"],
    },
    "api/test/graphql/": {
      ...clientPreset,
      documents: ["api/src/**/*.test.ts", "api/test/**/*.ts", "!api/test/graphql/**"],
    },
  },
  hooks: { afterAllFileWrite: ["prettier --write --log-level warn"] },
};

export default config;
