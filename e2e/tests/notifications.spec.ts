import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, open, signInQuickly, signUpQuickly, uniqueTitle } from "./helpers";
import { createShow, feedUntilLive, graphqlAs, stopPush } from "./live-helpers";

test.describe("reminders and alerts", () => {
  test("a fan registered by email hears that the show moved and then was cancelled (the dev outbox shows it)", async ({
    browser,
    page: fan,
  }) => {
    const organizer = await (await browser.newContext()).newPage();
    await signInQuickly(organizer, DEMO.organizer);
    const title = uniqueTitle("Tightrope at Dusk");
    const id = await createShow(organizer, title, 24 * 60);

    const account = await signUpQuickly(fan, "Ember Alert");
    await open(fan, `/shows/${id}`);
    await expect(fan.getByRole("group", { name: "Remind me by" }).getByLabel("Email")).toBeChecked();
    await fan.getByRole("button", { name: "Register", exact: true }).click();
    await expect(fan.getByRole("heading", { name: "You're registered" })).toBeVisible();

    const moved = await graphqlAs(
      organizer,
      `mutation ($id: ID!, $input: UpdatePerformanceInput!) { updatePerformance(id: $id, input: $input) { __typename } }`,
      { id, input: { scheduledTime: new Date(Date.now() + 26 * 3_600_000).toISOString() } },
    );
    expect(moved.updatePerformance.__typename).toBe("Performance");
    const cancelled = await graphqlAs(organizer, `mutation ($id: ID!) { cancelPerformance(id: $id) { __typename } }`, {
      id,
    });
    expect(cancelled.cancelPerformance.__typename).toBe("Performance");

    // The queue's consumer runs within seconds; the outbox page shows what it would have sent.
    const messages = fan.getByRole("listitem").filter({ hasText: account.email });
    await expect(async () => {
      await open(fan, "/dev/outbox");
      await expect(messages.filter({ hasText: `Cancelled: ${title}` })).toHaveCount(1, { timeout: 1_000 });
      await expect(messages.filter({ hasText: `New time: ${title}` })).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expect(messages.filter({ hasText: `Cancelled: ${title}` })).toContainText(`Hello ${account.name}`);
    await expect(messages.filter({ hasText: `New time: ${title}` })).toContainText(`/shows/${id}/watch`);
    await expectAccessible(fan);
  });

  test("a fan who chose browser notifications gets a reminder and a live alert while a FireStream tab is open", async ({
    browser,
  }) => {
    const organizer = await (await browser.newContext()).newPage();
    await signInQuickly(organizer, DEMO.organizer);
    const title = uniqueTitle("Fire Breathing Finale");
    // Starts just after the reminder time the fan will choose (15 minutes), so the reminder is due now.
    const id = await createShow(organizer, title, 15 + 10 / 60);

    const fanContext = await browser.newContext({ permissions: ["notifications"] });
    // The browser's own notifications, recorded as the page shows them.
    await fanContext.addInitScript(() => {
      const shown: { title: string; body?: string }[] = [];
      Object.assign(window, { shownNotifications: shown });
      const Native = window.Notification;
      window.Notification = class extends Native {
        constructor(title: string, options?: NotificationOptions) {
          super(title, options);
          shown.push({ title, body: options?.body });
        }
      } as typeof Notification;
    });
    const fan = await fanContext.newPage();
    await signUpQuickly(fan);
    await open(fan, "/me");
    const settings = fan.getByRole("region", { name: "Notification settings" });
    const when = settings.getByRole("group", { name: "When to remind me" });
    await when.getByLabel("1 day before").uncheck();
    await when.getByLabel("1 hour before").uncheck();
    await when.getByLabel("15 minutes before").check();
    await settings.getByRole("button", { name: "Save settings" }).click();
    await expect(fan.getByRole("status")).toBeVisible();

    await open(fan, `/shows/${id}`);
    const remind = fan.getByRole("group", { name: "Remind me by" });
    await expect(remind.getByText("Pops up on this device, also when FireStream is closed.")).toBeVisible();
    await remind.getByLabel("Email").uncheck();
    await remind.getByLabel("Browser notification").check();
    await fan.getByRole("button", { name: "Register", exact: true }).click();
    await expect(fan.getByRole("heading", { name: "You're registered" })).toBeVisible();
    await open(fan, "/me");

    const titles = () =>
      fan.evaluate(() =>
        (window as unknown as { shownNotifications: { title: string }[] }).shownNotifications.map(
          (shown) => shown.title,
        ),
      );
    await expect.poll(titles, { timeout: 30_000 }).toContain(`Starting soon: ${title}`);

    // Going live alerts nobody until the feed connects.
    const started = await graphqlAs(organizer, `mutation ($id: ID!) { startPerformance(id: $id) { __typename } }`, {
      id,
    });
    expect(started.startPerformance.__typename).toBe("Performance");
    const ffmpeg = await feedUntilLive(organizer, id);
    try {
      await expect.poll(titles, { timeout: 30_000 }).toContain(`Live now: ${title}`);
      expect((await titles()).filter((shown) => shown.includes(title))).toHaveLength(2);
    } finally {
      await stopPush(ffmpeg);
    }
  });
});
