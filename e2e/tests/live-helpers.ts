import { chromiumLaunchOptions, type Publisher, startPublisher } from "@firestream/dev-support";
import { expect, type Page } from "@playwright/test";

/** The Chromium flags of playwright.config.ts, plus autoplay with sound. */
export const AUTOPLAY_LAUNCH_OPTIONS = chromiumLaunchOptions({ autoplay: true });

/** GraphQL through the site, as the page's signed-in user; fails on a transport or GraphQL error. */
export async function graphqlAs<T = Record<string, any>>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await page.request.post("/graphql", { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

/** Schedules a one-off show starting `minutes` from now; returns its id. */
export async function createShow(page: Page, title: string, minutes = 2, durationMinutes = 30): Promise<string> {
  const data = await graphqlAs(
    page,
    `mutation ($input: CreatePerformanceInput!) {
      createPerformance(input: $input) { __typename ... on Performance { id } ... on Error { message } }
    }`,
    {
      input: {
        title,
        description: "Fire poi, a juggling duel and a finale on the high wire.",
        scheduledTime: new Date(Date.now() + minutes * 60_000).toISOString(),
        durationMinutes,
      },
    },
  );
  expect(data.createPerformance.__typename).toBe("Performance");
  return data.createPerformance.id;
}

/** A synthetic broadcast (the shared test pattern), like OBS would send it. Stop it with stopPush. */
export function push(ingestUrl: string): Publisher {
  return startPublisher(ingestUrl, { seconds: 300 });
}

/**
 * The show's feed connects, as OBS would connect it (ffmpeg here): the show turns LIVE by itself.
 * Returns the publisher; stop it with stopPush.
 */
export async function feedUntilLive(organizer: Page, id: string): Promise<Publisher> {
  const data = await graphqlAs(
    organizer,
    `query ($id: ID!) { performance(id: $id) { ingest { rtmpsUrl streamKey } } }`,
    {
      id,
    },
  );
  const publisher = push(`${data.performance.ingest.rtmpsUrl}${data.performance.ingest.streamKey}`);
  await expect
    .poll(
      async () =>
        (await graphqlAs(organizer, `query ($id: ID!) { performance(id: $id) { status } }`, { id })).performance.status,
      { timeout: 60_000 },
    )
    .toBe("LIVE");
  return publisher;
}

/** Kills the ffmpeg this test started, by its PID. */
export function stopPush(ffmpeg: Publisher): Promise<void> {
  return ffmpeg.kill();
}

/** The page's video plays: its currentTime moves on by more than a second. */
export async function expectVideoAdvances(page: Page, timeout = 60_000): Promise<void> {
  const video = page.locator("video");
  await expect(video).toBeVisible({ timeout });
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime), { timeout })
    .toBeGreaterThan(0);
  const start = await video.evaluate((element: HTMLVideoElement) => element.currentTime);
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime), { timeout })
    .toBeGreaterThan(start + 1);
}
