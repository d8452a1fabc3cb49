import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, open } from "./helpers";

/** Today's date where the browser is (the tests run in America/New_York). */
function todayIn(zone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(new Date());
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function monthTitle(iso: string): string {
  return new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${iso}T12:00:00Z`),
  );
}

const focusedDate = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-date"));

test.describe("the calendar", () => {
  test("shows this month in the viewer's own time zone, named", async ({ page }) => {
    await open(page, "/");
    const today = todayIn("America/New_York");
    await expect(page.getByRole("heading", { level: 2, name: monthTitle(today) })).toBeVisible();
    await expect(page.getByText("Times in Eastern Time")).toBeVisible();
    await expect(page.getByRole("contentinfo")).toContainText(
      "Eastern Time (America/New_York), your browser's time zone",
    );
    await expect(page.locator(`[data-date="${today}"]`)).toHaveAttribute("aria-current", "date");
    await expectAccessible(page);
  });

  test("arrow keys move between days and weeks, Page Down to the next month", async ({ page }) => {
    await open(page, "/");
    const today = todayIn("America/New_York");
    const grid = page.getByRole("grid");
    // One tab stop in the grid: today's cell.
    await expect(grid.locator('a[tabindex="0"]')).toHaveAttribute("data-date", today);
    await grid.locator('a[tabindex="0"]').focus();

    await page.keyboard.press("ArrowRight");
    await expect.poll(() => focusedDate(page)).toBe(addDays(today, 1));
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => focusedDate(page)).toBe(addDays(today, 8));
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowUp");
    await expect.poll(() => focusedDate(page)).toBe(today);
    await expect(grid.locator('a[tabindex="0"]')).toHaveAttribute("data-date", today);
    await expect(page.locator(`td:has([data-date="${today}"])`)).toHaveAttribute("aria-selected", "true");

    await page.keyboard.press("PageDown");
    const nextMonth = new Date(`${today}T00:00:00Z`);
    nextMonth.setUTCDate(1);
    nextMonth.setUTCMonth(nextMonth.getUTCMonth() + 1);
    const nextTitle = monthTitle(nextMonth.toISOString().slice(0, 10));
    await expect(page.getByRole("heading", { level: 2, name: nextTitle })).toBeVisible();
    await expect.poll(() => focusedDate(page)).toMatch(new RegExp(`^${nextMonth.toISOString().slice(0, 7)}-`));

    await page.keyboard.press("PageUp");
    await expect(page.getByRole("heading", { level: 2, name: monthTitle(today) })).toBeVisible();
    await expect.poll(() => focusedDate(page)).toBe(today);
  });

  test("choosing a day lists its shows, which link to their pages", async ({ page }) => {
    await open(page, "/?view=agenda");
    const firstFriday = page.getByRole("article").filter({ hasText: "Friday Night Fire" }).first();
    await expect(firstFriday).toBeVisible();
    await open(page, "/");
    // The seeded weekly series plays every Friday: pick the next Friday that has it.
    const fridayCell = page.locator("td", { has: page.getByRole("link", { name: /Friday Night Fire/ }) }).first();
    const date = await fridayCell.locator("a.day").getAttribute("data-date");
    await fridayCell.locator("a.day").click();
    const panel = page.getByRole("region", { name: /Friday/ });
    await expect(panel.getByRole("link", { name: "Friday Night Fire" })).toBeVisible();
    expect(date).toBeTruthy();
    await panel.getByRole("link", { name: "Friday Night Fire" }).click();
    await expect(page).toHaveURL(/\/shows\//);
    await expect(page.getByRole("heading", { level: 1, name: "Friday Night Fire" })).toBeVisible();
  });

  test("week view steps week by week and Today comes back", async ({ page }) => {
    await open(page, "/");
    await page.getByRole("navigation", { name: "Calendar views" }).getByRole("link", { name: "Week" }).click();
    await expect(page).toHaveURL(/view=week/);
    const title = page.locator("#period-title");
    const thisWeek = await title.textContent();
    await expect(page.getByRole("listitem").filter({ hasText: "Today" }).first()).toBeVisible();

    await page.getByRole("link", { name: "Next week" }).click();
    await expect(title).not.toHaveText(thisWeek ?? "");
    // Every week has a Friday Night Fire.
    await expect(page.getByRole("link", { name: "Friday Night Fire" })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Today", exact: true }).click();
    await expect(title).toHaveText(thisWeek ?? "");
  });

  test("agenda view lists the coming shows with their markers", async ({ page }) => {
    await open(page, "/?view=agenda");
    await expect(
      page.getByRole("navigation", { name: "Calendar views" }).getByRole("link", { name: "Agenda" }),
    ).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("article").filter({ hasText: "Aerial Silks Showcase" })).toBeVisible();
    await expect(page.getByRole("article").filter({ hasText: "Friday Night Fire" }).first()).toContainText(/E[SD]T/);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Next four weeks" }).click();
    await expect(page).toHaveURL(/view=agenda&date=/);
    await expect(page.getByRole("article").filter({ hasText: "Friday Night Fire" }).first()).toBeVisible();
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("month and agenda fit in 360 px", async ({ page }) => {
    for (const path of ["/", "/?view=week", "/?view=agenda"]) {
      await open(page, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
    await expectAccessible(page);
  });
});

test.describe("in another time zone", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("times follow the browser's zone, and say so", async ({ page }) => {
    await open(page, "/?view=agenda");
    await expect(page.getByRole("contentinfo")).toContainText("(Asia/Tokyo), your browser's time zone");
    const show = page.getByRole("article").filter({ hasText: "Friday Night Fire" }).first();
    await expect(show).toContainText("GMT+9");
  });
});
