import { chromiumLaunchOptions } from "@firestream/dev-support";
import { defineConfig } from "@playwright/test";

// The stack (API + site) is started once by global-setup.ts on free ports; it puts the site's
// origin in FIRESTREAM_E2E_BASE_URL before the test workers start.
export default defineConfig({
  testDir: "./tests",
  globalSetup: "./global-setup.ts",
  globalTeardown: "./global-teardown.ts",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: process.env.FIRESTREAM_E2E_BASE_URL,
    // Debian's Chromium: Playwright downloads no browser here.
    launchOptions: chromiumLaunchOptions(),
    timezoneId: "America/New_York",
    locale: "en-US",
    screenshot: "only-on-failure",
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
});
