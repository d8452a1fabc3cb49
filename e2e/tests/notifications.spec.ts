import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, open, signInQuickly, signUpQuickly, uniqueTitle } from "./helpers";
import { createShow, graphqlAs } from "./live-helpers";

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
});
