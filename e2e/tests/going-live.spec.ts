// Going live safely: a go-live before the feed alerts nobody and can be undone; the feed
// connecting makes the show LIVE and sends the one "Live now" alert; the panel reports the
// feed's health in words, from what stream-local measures.
import type { Publisher } from "@firestream/dev-support";
import { expect, type Page, test } from "@playwright/test";
import { DEMO, expectAccessible, open, signInQuickly, signUpQuickly, uniqueTitle } from "./helpers";
import { createShow, graphqlAs, push, stopPush } from "./live-helpers";

/** The dev outbox's messages to `recipient` whose text contains `text`. */
function outboxMessages(page: Page, recipient: string, text: string) {
  return page.getByRole("listitem").filter({ hasText: recipient }).filter({ hasText: text });
}

test.describe("going live", () => {
  let ffmpeg: Publisher | undefined;
  test.afterEach(async () => {
    if (ffmpeg) await stopPush(ffmpeg);
    ffmpeg = undefined;
  });

  test("before the feed: no signal yet, fans see the performers getting ready, nobody is alerted; undo; the feed makes it LIVE with one alert", async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const title = uniqueTitle("Safe Ignition");
    const organizer = await (await browser.newContext()).newPage();
    const fan = await (await browser.newContext()).newPage();
    await signInQuickly(organizer, DEMO.organizer);
    const id = await createShow(organizer, title, 60);

    const account = await signUpQuickly(fan, "Patient Fan");
    await open(fan, `/shows/${id}`);
    await fan.getByRole("button", { name: "Register", exact: true }).click();
    await expect(fan.getByRole("heading", { name: "You're registered" })).toBeVisible();

    // "Go live" asks first: how many fans hear of it, and that this is early.
    await open(organizer, `/admin/shows/${id}/broadcast`);
    await organizer.getByText("Go live now…").click();
    await expect(organizer.getByTestId("go-live-audience")).toContainText(
      "1 registered fan will be alerted as soon as your signal arrives.",
    );
    await expect(organizer.getByTestId("go-live-early")).toContainText("This is early");
    await screenshots(organizer, "confirm");
    await expectAccessible(organizer);
    await organizer.getByRole("button", { name: "Yes, go live" }).click();
    await expect(organizer.getByTestId("signal-status")).toHaveText("No signal yet");
    await expect(organizer.getByTestId("health-feed")).toHaveText("No signal yet: OBS is not sending.");
    await expectAccessible(organizer);

    await open(fan, `/shows/${id}/watch`);
    await expect(fan.getByRole("heading", { name: "The performers are getting ready" })).toBeVisible();
    await expect(fan.getByTestId("watch-status")).toHaveText("Getting ready");
    await expectAccessible(fan);

    // Undo: SCHEDULED again. Fans' page follows without a reload.
    await organizer.getByRole("button", { name: "Undo going live" }).click();
    await expect(organizer.getByTestId("signal-status")).toHaveText("Waiting for your signal");
    await expect(fan.getByRole("heading", { name: "The show starts in" })).toBeVisible();

    // Moving the show sends its own message through the same queue: once it is in the outbox,
    // a "Live now" planned by the go-live would have been sent too. There is none.
    const moved = await graphqlAs(
      organizer,
      `mutation ($id: ID!, $input: UpdatePerformanceInput!) { updatePerformance(id: $id, input: $input) { __typename } }`,
      { id, input: { scheduledTime: new Date(Date.now() + 61 * 60_000).toISOString() } },
    );
    expect(moved.updatePerformance.__typename).toBe("Performance");
    await expect(async () => {
      await open(fan, "/dev/outbox");
      await expect(outboxMessages(fan, account.email, `New time: ${title}`)).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expect(outboxMessages(fan, account.email, `Live now: ${title}`)).toHaveCount(0);

    // Go live again, then the feed connects: LIVE, and the fan gets exactly one alert.
    await open(organizer, `/admin/shows/${id}/broadcast`);
    await organizer.getByText("Go live now…").click();
    await organizer.getByRole("button", { name: "Yes, go live" }).click();
    await expect(organizer.getByTestId("signal-status")).toHaveText("No signal yet");
    await open(fan, `/shows/${id}/watch`);
    await organizer.getByRole("button", { name: "Show stream key" }).click();
    const serverUrl = await organizer.getByLabel("Server URL").inputValue();
    const streamKey = await organizer.getByLabel("Stream key", { exact: true }).inputValue();
    ffmpeg = push(`${serverUrl}${streamKey}`);
    await expect(organizer.getByTestId("signal-status")).toHaveText("On air", { timeout: 60_000 });
    await expect(fan.getByTestId("watch-status")).toHaveText("Live", { timeout: 30_000 });

    // The panel's stream health, in words, from the feed itself (the test feed: 1280x720, 30 fps, keyframe every 2 s).
    await expect(organizer.getByTestId("health-feed")).toContainText("Connected since", { timeout: 30_000 });
    await expect(organizer.getByTestId("health-picture")).toHaveText(
      "1280×720 at 30 frames per second, H264 with AAC sound.",
    );
    await expect(organizer.getByTestId("health-keyframes")).toHaveText("Every 2 s.");
    await expect(organizer.getByTestId("health-bitrate")).toContainText("kbps");
    await expect(organizer.getByTestId("health-renditions")).toContainText("720p", { timeout: 30_000 });
    await expect(organizer.getByTestId("health-on-air")).not.toHaveText("Not on air yet.");
    await screenshots(organizer, "on-air");
    await expectAccessible(organizer);

    await expect(async () => {
      await open(fan, "/dev/outbox");
      await expect(outboxMessages(fan, account.email, `Live now: ${title}`)).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });

    // The feed drops during the show: the organizers are alerted, on the panel and by email.
    await stopPush(ffmpeg);
    ffmpeg = undefined;
    await expect(organizer.getByTestId("signal-status")).toHaveText("Signal lost", { timeout: 30_000 });
    await expect(organizer.getByTestId("health-alerts")).toContainText(`The feed of “${title}” dropped`, {
      timeout: 30_000,
    });
    await expect(async () => {
      await open(fan, "/dev/outbox");
      await expect(outboxMessages(fan, DEMO.organizer.email, `Signal lost: ${title}`)).toHaveCount(1, {
        timeout: 1_000,
      });
    }).toPass({ timeout: 30_000 });
    await expect(outboxMessages(fan, account.email, `Live now: ${title}`)).toHaveCount(1);
    // The feed stays away: the show waits for it (an intermission) until the organizer ends it.
    await organizer.getByText("End the show…").click();
    await organizer.getByRole("button", { name: "Yes, end the show" }).click();
    await expect(organizer.getByTestId("signal-status")).toHaveText("The show is over", { timeout: 30_000 });
  });
});

/** The panel on a phone and on a desktop, for a person to look at (kept out of the repository). */
async function screenshots(organizer: Page, moment: string) {
  const directory = process.env.FIRESTREAM_SCREENSHOTS;
  if (!directory) return;
  for (const width of [360, 1280]) {
    await organizer.setViewportSize({ width, height: 900 });
    await organizer.screenshot({ path: `${directory}/broadcast-panel-${moment}-${width}.png`, fullPage: true });
  }
  await organizer.setViewportSize({ width: 1280, height: 720 });
}
