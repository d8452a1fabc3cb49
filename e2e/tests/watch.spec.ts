// The live parts of the site in a browser: an organizer broadcasts from the panel, a fan
// watches live and then the replay, with hls.js playing real HLS from stream-local.
import type { Publisher } from "@firestream/dev-support";
import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, open, signInQuickly, signUpQuickly, uniqueTitle } from "./helpers";
import { AUTOPLAY_LAUNCH_OPTIONS, createShow, expectVideoAdvances, push, stopPush } from "./live-helpers";

test.use({ launchOptions: AUTOPLAY_LAUNCH_OPTIONS });

/** The show the first test broadcast, for the organizer's figures of it. */
let organizerShow: { id: string; title: string } | undefined;

test.describe("watching a show", () => {
  let ffmpeg: Publisher | undefined;
  test.afterEach(async () => {
    if (ffmpeg) await stopPush(ffmpeg);
    ffmpeg = undefined;
  });

  test("an organizer broadcasts from the panel; a fan watches it live, then the replay", async ({ browser }) => {
    test.setTimeout(240_000);
    const title = uniqueTitle("Live Fire");
    // Pages of their own contexts (axe needs that): two people, two sessions.
    const organizer = await (await browser.newContext()).newPage();
    const fan = await (await browser.newContext()).newPage();
    await signInQuickly(organizer, DEMO.organizer);
    const id = await createShow(organizer, title);

    // The fan is not registered yet: the watch page invites them instead of playing.
    await signUpQuickly(fan, "Watching Fan");
    await open(fan, `/shows/${id}/watch`);
    await expect(fan.getByRole("heading", { name: "Register to watch" })).toBeVisible();
    await expect(fan.locator("video")).toHaveCount(0);
    await expectAccessible(fan);
    await fan.getByRole("button", { name: "Register for this show" }).click();
    await expect(fan.getByRole("heading", { name: "The show starts in" })).toBeVisible();
    await expect(fan.getByRole("timer")).toHaveAccessibleName(
      /The show starts in (1 minute|less than a minute|2 minutes)/,
    );
    await expect(fan.getByTestId("watch-status")).toHaveText("Coming up");
    await expectAccessible(fan);

    // The organizer reads the ingest URL and the key on the broadcast panel.
    await open(organizer, `/admin/shows/${id}/broadcast`);
    await expect(organizer.getByTestId("signal-status")).toHaveText("Waiting for your signal");
    const key = organizer.getByLabel("Stream key", { exact: true });
    await expect(key).toHaveAttribute("type", "password");
    await organizer.getByRole("button", { name: "Show stream key" }).click();
    await expect(key).toHaveAttribute("type", "text");
    const streamKey = await key.inputValue();
    const serverUrl = await organizer.getByLabel("Server URL").inputValue();
    expect(serverUrl).toMatch(/^rtmps?:\/\//);
    expect(streamKey.length).toBeGreaterThan(8);

    // OBS (ffmpeg here) connects: the show goes live by itself, everywhere.
    ffmpeg = push(`${serverUrl}${streamKey}`);
    await expect(organizer.getByTestId("signal-status")).toHaveText("On air", { timeout: 60_000 });
    await expect(fan.getByTestId("watch-status")).toHaveText("Live", { timeout: 30_000 });
    await expectVideoAdvances(fan);
    // hls.js plays (Media Source Extensions), not the browser's own HLS.
    expect(await fan.locator("video").evaluate((video: HTMLVideoElement) => video.src.startsWith("blob:"))).toBe(true);

    // The fan counts as a live viewer, on their page and on the organizer's panel.
    await expect(fan.getByTestId("viewer-count")).toContainText("1 viewer watching", { timeout: 30_000 });
    await expect(organizer.getByTestId("broadcast-viewers")).toContainText("1 viewer now", { timeout: 30_000 });
    // The organizer's preview plays too, without counting as a viewer.
    await expectVideoAdvances(organizer);

    // The player's controls work from the keyboard: Tab reaches the video, K pauses and plays.
    const video = fan.locator("video");
    await fan.getByRole("link", { name: "← About this show" }).focus();
    await fan.keyboard.press("Tab");
    await expect(video).toBeFocused();
    expect(await video.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe("none");
    await fan.keyboard.press("k");
    await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.paused)).toBe(true);
    await fan.keyboard.press("Space");
    await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.paused)).toBe(false);
    await expectAccessible(fan);

    // The fan watches long enough to count as a view (30 s live), which the organizer's figures
    // below rely on: the player's own record of what it played says when.
    await expect
      .poll(
        () =>
          video.evaluate((element: HTMLVideoElement) => {
            let seconds = 0;
            for (let i = 0; i < element.played.length; i++) seconds += element.played.end(i) - element.played.start(i);
            return seconds;
          }),
        { timeout: 90_000, intervals: [1_000] },
      )
      .toBeGreaterThan(40);

    // The organizer ends the show, after confirming.
    await organizer.getByText("End the show…").click();
    await organizer.getByRole("button", { name: "Yes, end the show" }).click();
    await expect(organizer.getByTestId("signal-status")).toHaveText("The show is over");
    await stopPush(ffmpeg);
    await expect(fan.getByTestId("watch-status")).toHaveText(/Ended|Replay/);

    // The recording becomes the replay, and the fan's page plays it by itself.
    await expect(fan.getByTestId("watch-status")).toHaveText("Replay", { timeout: 90_000 });
    await expectVideoAdvances(fan);
    await expect(fan.getByText("The replay is ready.")).toBeAttached();

    // The calendar and the fan's page link to the replay.
    await open(fan, "/?view=agenda");
    const card = fan.getByRole("article").filter({ hasText: title });
    await expect(card.getByText("Replay available")).toBeVisible();
    await expect(card.getByRole("link", { name: new RegExp(`^Watch the replay ?: ${title}$`) })).toHaveAttribute(
      "href",
      `/shows/${id}/watch`,
    );

    // The organizer gives the replay English captions; a file that is not WebVTT is refused first.
    await open(organizer, `/admin/shows/${id}`);
    await organizer.getByRole("link", { name: "Captions" }).click();
    await expect(organizer.getByRole("heading", { level: 1 })).toHaveText(`Captions for “${title}”`);
    const captionsFile = organizer.getByLabel("WebVTT file");
    await captionsFile.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("Fire!\n") });
    await organizer.getByLabel("Language").fill("en");
    await organizer.getByRole("button", { name: "Upload captions" }).click();
    await expect(organizer.getByText("The file must be a WebVTT file (it starts with WEBVTT).").first()).toBeVisible();
    await captionsFile.setInputFiles({
      name: "captions.vtt",
      mimeType: "text/vtt",
      buffer: Buffer.from("WEBVTT\n\n00:00:00.000 --> 00:00:30.000\n[Fire roars] Welcome to the big top!\n"),
    });
    await organizer.getByRole("button", { name: "Upload captions" }).click();
    await expect(organizer.getByText("English captions added: the replay offers them now.")).toBeVisible();
    const tracks = organizer.getByRole("table", { name: "Captions of the replay" });
    await expect(tracks.getByRole("row", { name: /^English en / })).toBeVisible();
    await expectAccessible(organizer);
    // The fan's replay offers them in its player.
    await open(fan, `/shows/${id}/watch`);
    await expect(fan.getByRole("button", { name: "CC captions" })).toBeVisible({ timeout: 30_000 });

    // What the organizer sees of this fan's watching is checked by the test below.
    organizerShow = { id, title };
  });

  // The figures count a view from 30 s of watching (api/src/analytics/audience.ts): the fan above
  // watched 40 s live.
  test("the organizer sees who watched the broadcast above", async ({ browser }) => {
    const organizer = await (await browser.newContext()).newPage();
    await signInQuickly(organizer, DEMO.organizer);
    const { id, title } = organizerShow!;
    await open(organizer, `/admin/shows/${id}/analytics`);
    await expect(organizer.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(organizer.locator(".stat", { hasText: "Peak viewers at once" })).toContainText("1");
    const funnel = organizer.getByRole("table", { name: "Registration funnel" });
    await expect(funnel.getByRole("row", { name: /^Registered 1/ })).toBeVisible();
    await expect(funnel.getByRole("row", { name: /^Watched live 1/ })).toBeVisible();
    // Viewers over time and the funnel are drawn (countries too where the edge knows the country).
    await expect.poll(() => organizer.locator("canvas").count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(organizer);
    // The charts follow the window: narrowed to a phone's width, no chart's card sticks out sideways.
    await organizer.setViewportSize({ width: 360, height: 800 });
    await expect
      .poll(() =>
        organizer.evaluate(() =>
          Math.max(
            ...[...document.querySelectorAll(".charts .card")].map((card) => card.getBoundingClientRect().right),
          ),
        ),
      )
      .toBeLessThanOrEqual(360);
    await organizer.setViewportSize({ width: 1280, height: 720 });
    await open(organizer, "/admin/analytics");
    await expect(organizer.getByRole("link", { name: title })).toHaveAttribute("href", `/admin/shows/${id}/analytics`);
    await expectAccessible(organizer);
    // And by name: the fan's row in the registrations says they watched live.
    await open(organizer, `/admin/shows/${id}/registrations`);
    await expect(
      organizer
        .getByRole("row", { name: /Watching Fan/ })
        .getByRole("cell")
        .last(),
    ).toHaveText(/^Live, (under a minute|\d+ min)/);
    await expectAccessible(organizer);
  });

  test("a signed-out visitor is asked to sign in and comes back to the show", async ({ page }) => {
    await signInQuickly(page, DEMO.organizer);
    const id = await createShow(page, uniqueTitle("Sky Lanterns"), 60 * 24);
    await page.context().clearCookies();
    await open(page, `/shows/${id}/watch`);
    await expect(page.getByRole("heading", { name: "Sign in to watch" })).toBeVisible();
    await expect(page.locator("video")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Sign in", exact: true }).last()).toHaveAttribute(
      "href",
      `/sign-in?redirectTo=${encodeURIComponent(`/shows/${id}/watch`)}`,
    );
    await expectAccessible(page);
  });
});
