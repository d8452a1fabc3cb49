import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

export const DEMO = {
  organizer: { email: "organizer@firestream.test", password: "firestream-organizer", name: "Rosa Flame" },
  viewer: { email: "viewer@firestream.test", password: "firestream-viewer", name: "Sam Spark" },
} as const;

const violations = new WeakMap<Page, string[]>();

/**
 * Collects the Content-Security-Policy violations the browser reports on a page (Chromium logs
 * each to the console), from now on.
 */
export function watchCsp(page: Page): string[] {
  let list = violations.get(page);
  if (!list) {
    const collected: string[] = [];
    page.on("console", (message) => {
      if (/Content.Security.Policy/i.test(message.text())) collected.push(message.text());
    });
    violations.set(page, collected);
    list = collected;
  }
  return list;
}

/**
 * Opens a page and waits until Svelte has hydrated it (before that, clicks may be lost). Any
 * Content-Security-Policy violation on this page or the ones opened before fails the test.
 */
export async function open(page: Page, path: string): Promise<void> {
  const reported = watchCsp(page);
  await page.goto(path);
  await hydrated(page);
  expect(reported, `Content-Security-Policy violations up to ${path}`).toEqual([]);
}

export async function hydrated(page: Page): Promise<void> {
  // A first visit's document is replaced before it starts (web/src/app.html): only the page that
  // stays ever hydrates.
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/**
 * A client address of its own for each quick sign-in or sign-up, as visitors on the internet
 * have: the API's per-address rate limits then never see the whole suite as one client.
 */
function visitorAddress(): Record<string, string> {
  const group = () => Math.floor(Math.random() * 0x10000).toString(16);
  return { "cf-connecting-ip": `2001:db8:${group()}:${group()}::1` };
}

/**
 * Signs in through the API on the site's origin: the session cookie lands in the page's context.
 * The demo organizer signs in for many specs, and the API allows an account 10 sign-ins a minute
 * (as in production): when it says to wait, this waits as long as it says, as a client would.
 */
export async function signInQuickly(page: Page, account: { email: string; password: string }): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const response = await page.request.post("/graphql", {
      headers: visitorAddress(),
      data: {
        query: `mutation ($input: SignInInput!) {
          signIn(input: $input) { __typename ... on RateLimitedError { retryAfterSeconds } }
        }`,
        variables: { input: { email: account.email, password: account.password } },
      },
    });
    const answer = await response.json();
    const limited = answer?.data?.signIn;
    if (limited?.__typename === "RateLimitedError" && attempt < 3) {
      const wait = (limited.retryAfterSeconds + 1) * 1000;
      // The wait is the API's, not the test's: the test gets that much longer.
      test.info().setTimeout(test.info().timeout + wait);
      await page.waitForTimeout(wait);
      continue;
    }
    expect(answer).toEqual({ data: { signIn: { __typename: "SignInPayload" } } });
    return;
  }
}

/** Creates a fresh viewer account (through the API) and signs it in. */
export async function signUpQuickly(
  page: Page,
  name = "Test Fan",
): Promise<{ email: string; password: string; name: string }> {
  const account = { email: uniqueEmail(), password: "a-long-enough-password", name };
  const response = await page.request.post("/graphql", {
    headers: visitorAddress(),
    data: {
      query: `mutation ($input: SignUpInput!) { signUp(input: $input) { __typename } }`,
      variables: { input: account },
    },
  });
  expect(await response.json()).toEqual({ data: { signUp: { __typename: "SignInPayload" } } });
  return account;
}

export function uniqueEmail(): string {
  return `fan-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

export function uniqueTitle(base: string): string {
  return `${base} ${Math.random().toString(36).slice(2, 7).toUpperCase()}`;
}

/**
 * Pins "now" for a test, before its first navigation: the browser's clock (timers keep running)
 * and the site's server, which renders "today" too (the dev server started by global-setup.ts
 * reads this cookie; production ignores it). The API keeps the real clock.
 */
export async function pinClock(page: Page, instant: string): Promise<void> {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) throw new Error(`not an instant: ${instant}`);
  await page.clock.setFixedTime(at);
  await page
    .context()
    .addCookies([{ name: "firestream_test_now", value: at.toISOString(), url: process.env.FIRESTREAM_E2E_BASE_URL! }]);
}

/** A calendar date some days from now, YYYY-MM-DD. */
export function daysFromNow(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** axe-core finds nothing serious or critical on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
    }));
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}

/** A 16x9 orange PNG, small and valid (the API checks an image's bytes, not its name). */
export const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAABAAAAAJCAIAAAC0SDtlAAAAFElEQVR4nGP4XyVFEmIY1TAoNAAAzo7isd2SX2cAAAAASUVORK5CYII=",
  "base64",
);

/** The id of the first upcoming show with this title (asked of the API through the site). */
export async function showId(page: Page, title: string): Promise<string> {
  const response = await page.request.post("/graphql", {
    data: { query: `{ performances(first: 100) { edges { node { id title } } } }` },
  });
  const body = (await response.json()) as {
    data: { performances: { edges: { node: { id: string; title: string } }[] } };
  };
  const show = body.data.performances.edges.find((edge) => edge.node.title === title);
  if (!show) throw new Error(`no upcoming show called ${title}`);
  return show.node.id;
}
