import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, open, signInQuickly } from "./helpers";

// Most pages are checked with axe inside the tests that use them; these are the rest.
test.describe("accessibility", () => {
  test("the sign-in page, also with errors", async ({ page }) => {
    await open(page, "/sign-in");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    await expectAccessible(page);
  });

  test("the sign-out page", async ({ page }) => {
    await signInQuickly(page, DEMO.viewer);
    await open(page, "/sign-out");
    await expect(page.getByRole("heading", { level: 1, name: "Sign out" })).toBeVisible();
    await expectAccessible(page);
  });

  test("the skip link leads to the main content", async ({ page }) => {
    await open(page, "/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });

  test("the calendar's week and month views for a signed-in organizer", async ({ page }) => {
    await signInQuickly(page, DEMO.organizer);
    for (const path of ["/", "/?view=week", "/?view=agenda", "/admin?when=past"]) {
      await open(page, path);
      await expectAccessible(page);
    }
  });
});
