import adapter from "@sveltejs/adapter-cloudflare";

/** @type {import('@sveltejs/kit').Config} */
const config = {
  kit: {
    // A Worker with static assets, configured by wrangler.jsonc (see README.md).
    adapter: adapter(),
  },
};

export default config;
