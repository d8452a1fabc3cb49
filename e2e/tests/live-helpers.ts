import { type ChildProcess, spawn } from "node:child_process";
import { expect, type Page } from "@playwright/test";

/** The Chromium flags of playwright.config.ts, plus autoplay with sound (TOOLCHAIN.md). */
export const AUTOPLAY_LAUNCH_OPTIONS = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--autoplay-policy=no-user-gesture-required",
  ],
};

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

/** A synthetic broadcast (TOOLCHAIN.md's test pattern), like OBS would send it. Stop it with stopPush. */
export function push(ingestUrl: string): ChildProcess {
  return spawn(
    "ffmpeg",
    [
      ...["-hide_banner", "-loglevel", "error", "-re"],
      ...["-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=30"],
      ...["-f", "lavfi", "-i", "sine=frequency=440"],
      ...["-t", "300", "-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency", "-g", "60"],
      ...["-c:a", "aac", "-f", "flv", ingestUrl],
    ],
    { stdio: "ignore" },
  );
}

/** Kills the ffmpeg this test started, by its PID. */
export function stopPush(ffmpeg: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (ffmpeg.exitCode !== null || ffmpeg.signalCode !== null) return resolve();
    ffmpeg.once("exit", () => resolve());
    ffmpeg.kill("SIGKILL");
  });
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
