import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, open, signInQuickly, uniqueTitle } from "./helpers";
import { createShow, graphqlAs } from "./live-helpers";

test.describe("the broadcast panel", () => {
  test("hides the stream key until asked, copies it, and issues a new one after confirming", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await signInQuickly(page, DEMO.organizer);
    const id = await createShow(page, uniqueTitle("Key Keeper"), 60 * 24);
    await open(page, `/admin/shows/${id}/broadcast`);
    await expect(page.getByRole("heading", { name: "OBS settings that work" })).toBeVisible();
    await expect(page.getByText("Keyframe interval")).toBeVisible();

    const key = page.getByLabel("Stream key", { exact: true });
    await expect(key).toHaveAttribute("type", "password");
    const show = page.getByRole("button", { name: "Show stream key" });
    await expect(show).toHaveAttribute("aria-pressed", "false");
    await show.click();
    await expect(key).toHaveAttribute("type", "text");
    await page.getByRole("button", { name: "Hide stream key" }).click();
    await expect(key).toHaveAttribute("type", "password");

    const oldKey = await key.inputValue();
    await page.getByRole("button", { name: "Copy stream key" }).click();
    await expect(page.getByText("Stream key copied.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(oldKey);
    await expectAccessible(page);

    // Rotating asks first and says what happens to the old key.
    await page.getByText("Issue a new key…").click();
    await expect(page.getByText("The current key stops working at once.")).toBeVisible();
    await page.getByRole("button", { name: "Yes, issue a new key" }).click();
    await expect(page.getByRole("status").filter({ hasText: "New stream key issued" })).toBeVisible();
    await expect(key).not.toHaveValue(oldKey);
    await expect(key).toHaveAttribute("type", "password");
  });

  test("says clearly why going live was refused, and undoes a go-live (without JavaScript too)", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signInQuickly(page, DEMO.organizer);
    const id = await createShow(page, uniqueTitle("Early Bird"), 60 * 24);
    await page.goto(`/admin/shows/${id}/broadcast`);
    await expect(page.getByTestId("signal-status")).toHaveText("Waiting for your signal");

    // Someone else goes live meanwhile; this page still offers to.
    const started = await graphqlAs(page, `mutation ($id: ID!) { startPerformance(id: $id) { __typename } }`, { id });
    expect(started.startPerformance.__typename).toBe("Performance");
    await page.getByText("Go live now…").click();
    await page.getByRole("button", { name: "Yes, go live" }).click();
    await expect(page.getByRole("alert")).toContainText(
      "Could not go live: the show is going live, with no signal yet.",
    );
    await expect(page.getByTestId("signal-status")).toHaveText("No signal yet");

    // With no feed, ending is not offered (it would lose the date): undoing is, and works.
    await expect(page.getByText("End the show…")).toHaveCount(0);
    const ended = await graphqlAs(
      page,
      `mutation ($id: ID!) { endPerformance(id: $id) { __typename ... on IllegalTransitionError { status attemptedAction } } }`,
      { id },
    );
    expect(ended.endPerformance).toEqual({
      __typename: "IllegalTransitionError",
      status: "GOING_LIVE",
      attemptedAction: "END",
    });
    await page.getByRole("button", { name: "Undo going live" }).click();
    await expect(page.getByTestId("signal-status")).toHaveText("Waiting for your signal");
    const undoneTwice = await graphqlAs(
      page,
      `mutation ($id: ID!) { undoStartPerformance(id: $id) { __typename ... on IllegalTransitionError { status attemptedAction } } }`,
      { id },
    );
    expect(undoneTwice.undoStartPerformance).toEqual({
      __typename: "IllegalTransitionError",
      status: "SCHEDULED",
      attemptedAction: "UNDO_START",
    });
    await context.close();
  });

  test("is for organizers only", async ({ page }) => {
    await signInQuickly(page, DEMO.organizer);
    const id = await createShow(page, uniqueTitle("Secret Key"), 60 * 24);
    await page.context().clearCookies();
    await signInQuickly(page, DEMO.viewer);
    const response = await page.goto(`/admin/shows/${id}/broadcast`);
    expect(response?.status()).toBe(403);
    await expect(page.getByLabel("Stream key")).toHaveCount(0);
  });
});
