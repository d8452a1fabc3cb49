import { join } from "node:path";
import { sveltekit } from "@sveltejs/kit/vite";
import { defineConfig, type Plugin } from "vite";

// A stack started with its own state directory (the end-to-end tests) also keeps its own
// pre-bundled dependencies, so it never rewrites those of a dev server running next to it.
const stateDir = process.env.FIRESTREAM_STATE_DIR;

/**
 * In browser code, turns each `graphql(`…`)` into the typed document codegen generated for it,
 * imported on its own. Without this, the generated `graphql()` brings the map of every document
 * of the site into the page (what codegen's babel plugin does, for Vite; see
 * https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size).
 * Server code keeps the map: it costs nothing there.
 */
function graphqlDocumentsOnTheirOwn(): Plugin {
  const importOfGraphql = /import\s*\{\s*graphql\s*\}\s*from\s*["']\$lib\/graphql\/generated["'];?/;
  const call = /graphql\(\s*`([^`]*)`\s*\)/g;
  return {
    name: "firestream-graphql-documents",
    enforce: "pre",
    transform(code, id, options) {
      if (options?.ssr || id.includes("node_modules")) return;
      // Documents nobody imports are dropped: their construction has no side effects.
      if (id.endsWith("/lib/graphql/generated/graphql.ts")) {
        return {
          code: code.replaceAll("= new TypedDocumentString(", "= /*#__PURE__*/ new TypedDocumentString("),
          map: null,
        };
      }
      if (!importOfGraphql.test(code)) return;
      const names = new Set<string>();
      const rewritten = code.replace(call, (whole, document: string) => {
        const match = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/.exec(document);
        if (!match) return whole;
        const name = match[1] === "fragment" ? `${match[2]}FragmentDoc` : `${match[2]}Document`;
        names.add(name);
        return name;
      });
      if (names.size === 0) return;
      const imports = `import { ${[...names].join(", ")} } from "$lib/graphql/generated/graphql";`;
      return { code: rewritten.replace(importOfGraphql, imports), map: null };
    },
  };
}

export default defineConfig({
  plugins: [graphqlDocumentsOnTheirOwn(), sveltekit()],
  cacheDir: stateDir ? join(stateDir, "vite") : undefined,
});
