import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, open, signInQuickly, uniqueTitle } from "./helpers";
import { createShow } from "./live-helpers";

/** The footer of `path` links to both guides, and the links lead there. */
async function expectGuidesFromFooter(page: Page, path: string): Promise<void> {
  await open(page, path);
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("link", { name: "Organizers' guide" })).toHaveAttribute("href", "/help/organizers");
  await footer.getByRole("link", { name: "Help for fans" }).click();
  await expect(page).toHaveURL(/\/help$/);
  await expect(page.getByRole("heading", { level: 1, name: "Watching the Medicine Fire Circus" })).toBeVisible();
  await page.getByRole("contentinfo").getByRole("link", { name: "Organizers' guide" }).click();
  await expect(page).toHaveURL(/\/help\/organizers$/);
  await expect(page.getByRole("heading", { level: 1, name: "The organizers' guide" })).toBeVisible();
}

test.describe("the guides", () => {
  // Many pages each, with axe on most: more than the default minute on a busy machine.
  test.describe.configure({ timeout: 240_000 });

  test("are reachable from the footer of every page, signed out", async ({ page }) => {
    for (const path of ["/", "/?view=week", "/sign-in", "/sign-up", "/help", "/help/organizers", "/no-such-page"]) {
      await expectGuidesFromFooter(page, path);
    }
  });

  test("are reachable from the footer of a fan's and an organizer's pages, and from the broadcast panel", async ({
    page,
  }) => {
    await signInQuickly(page, DEMO.viewer);
    await expectGuidesFromFooter(page, "/me");
    await signInQuickly(page, DEMO.organizer);
    for (const path of ["/admin", "/admin/analytics", "/admin/shows/new"]) await expectGuidesFromFooter(page, path);

    // The broadcast panel of a show of this test's own (the demo schedule may have none within a day).
    const id = await createShow(page, uniqueTitle("Guide Night"), 60);
    await open(page, "/admin");
    await page
      .getByRole("link", { name: /^Broadcast/ })
      .and(page.locator(`[href="/admin/shows/${id}/broadcast"]`))
      .click();
    await expect(page).toHaveURL(new RegExp(`/admin/shows/${id}/broadcast$`));
    await page.getByRole("main").getByRole("link", { name: "the organizers' guide" }).click();
    await expect(page).toHaveURL(/\/help\/organizers$/);
    await expect(page.getByRole("heading", { level: 1, name: "The organizers' guide" })).toBeVisible();
  });

  test("are accessible and fit a phone and a desktop", async ({ page }, testInfo) => {
    for (const path of ["/help", "/help/organizers"]) {
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await open(page, path);
        await expectAccessible(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: testInfo.outputPath(`${path.replaceAll("/", "_")}-${width}.png`),
          fullPage: true,
        });
      }
    }
  });

  test("the schedule and a show's analytics page are accessible at 360 and 1280 px", async ({ page }, testInfo) => {
    await signInQuickly(page, DEMO.organizer);
    await open(page, "/admin");
    const show = await page.getByRole("heading", { level: 2 }).getByRole("link").first().getAttribute("href");
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ["/admin", `${show}/analytics`]) {
        await open(page, path);
        await expectAccessible(page);
        await page.screenshot({
          path: testInfo.outputPath(`${path.replaceAll("/", "_")}-${width}.png`),
          fullPage: true,
        });
      }
    }
    await expect(page.getByRole("link", { name: "these figures" })).toHaveAttribute("href", /analytics\.csv$/);
  });
});
