import adapter from "@sveltejs/adapter-cloudflare";

/** @type {import('@sveltejs/kit').Config} */
const config = {
  kit: {
    // A Worker with static assets, configured by wrangler.jsonc (see README.md).
    adapter: adapter(),
    // Pages get a nonce per response for SvelteKit's own inline scripts; nothing else inline
    // runs. hooks.server.ts adds where video plays from (configuration) and, in dev, Vite's socket.
    csp: {
      mode: "auto",
      directives: {
        "default-src": ["self"],
        "script-src": ["self"],
        "style-src": ["self"],
        // Two components set a custom property or a height in markup (style="--hue: 30").
        "style-src-attr": ["unsafe-inline"],
        "img-src": ["self", "data:", "blob:"],
        "font-src": ["self"],
        // hls.js plays through MediaSource (blob: URLs) and transmuxes in a blob: worker.
        "media-src": ["self", "blob:"],
        "worker-src": ["self", "blob:"],
        "connect-src": ["self"],
        "object-src": ["none"],
        "base-uri": ["self"],
        "form-action": ["self"],
        "frame-ancestors": ["none"],
      },
    },
  },
};

export default config;
