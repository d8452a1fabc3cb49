import js from "@eslint/js";
import svelte from "eslint-plugin-svelte";
import globals from "globals";
import ts from "typescript-eslint";
import svelteConfig from "./web/svelte.config.js";

export default ts.config(
  {
    ignores: [
      "**/node_modules/",
      "**/.svelte-kit/",
      "**/.wrangler/",
      "**/build/",
      "**/dist/",
      "**/.assets/",
      "**/worker-configuration.d.ts",
      "web/src/lib/graphql/generated/",
      "api/test/graphql/",
      "**/test-results/",
      "**/playwright-report/",
      "**/.firestream/",
    ],
  },
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The site's code runs in browsers; bench scripts hand functions to Chromium (page.evaluate).
    files: ["web/src/**/*.{ts,svelte}", "bench/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["**/*.svelte", "**/*.svelte.ts"],
    languageOptions: {
      parserOptions: { parser: ts.parser, extraFileExtensions: [".svelte"], svelteConfig },
    },
  },
  {
    files: ["**/*.ts", "**/*.svelte"],
    // TypeScript itself reports undefined names, and knows the DOM's and Workers' types that the rule does not.
    rules: { "no-undef": "off" },
  },
  {
    // The Worker takes zod from api/src/zod.ts (zod/mini as a namespace, English messages):
    // classic zod, or zod/mini's `z` object, would bring all of zod back into the bundle (about
    // 85 KB gzip; bench/worker-size.mjs).
    files: ["api/src/**/*.ts"],
    ignores: ["api/src/zod.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "zod", message: 'Use `import * as z from "../zod"` (zod/mini), which keeps the Worker small.' },
            { name: "zod/mini", message: 'Use `import * as z from "../zod"`, which also sets the English messages.' },
            { name: "zod/v4", message: 'Use `import * as z from "../zod"` (zod/mini).' },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.test.ts", "**/test/**", "e2e/**"],
    // Tests read JSON answers of any shape; the assertions check that shape.
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    rules: {
      // Every control-character class in the project is deliberate: it strips or refuses them in text,
      // URLs and iCalendar lines.
      "no-control-regex": "off",
      // The site is served from the root (no kit.paths.base), so resolve() would not change a link.
      "svelte/no-navigation-without-resolve": "off",
      // An unused argument keeps a callback's signature readable; prefix it with _ to say so.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
);
