import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // Real ffmpeg pushes on two shared cores: generous limits, behaviour-only assertions.
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
