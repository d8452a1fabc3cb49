import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, open, pinClock } from "./helpers";

// Tests that involve "today" pin the clock (the browser's and the site's), with month, year and
// daylight-saving boundaries among the pinned instants. The tests run in America/New_York.

const focusedDate = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-date"));
const monthHeading = (page: Page, name: string) => page.getByRole("heading", { level: 2, name });

/** The day in the calendar with the roving tab stop, focused. */
async function focusToday(page: Page, today: string) {
  const grid = page.getByRole("grid");
  await expect(grid.locator('a[tabindex="0"]')).toHaveAttribute("data-date", today);
  await grid.locator('a[tabindex="0"]').focus();
}

async function press(page: Page, key: string, date: string, month: string) {
  await page.keyboard.press(key);
  await expect.poll(() => focusedDate(page), `${key} focuses ${date}`).toBe(date);
  await expect(monthHeading(page, month)).toBeVisible();
  await expect(page.locator(`td:has([data-date="${date}"])`)).toHaveAttribute("aria-selected", "true");
}

test.describe("the calendar", () => {
  test("shows this month in the viewer's own time zone, named", async ({ page }) => {
    // Late on the evening daylight saving time ends: already November 2 in UTC and in the site's zone's
    // morning, still November 1 where the browser is.
    await pinClock(page, "2026-11-01T23:30:00-05:00");
    await open(page, "/");
    await expect(monthHeading(page, "November 2026")).toBeVisible();
    await expect(page.getByText("Times in Eastern Time")).toBeVisible();
    await expect(page.getByRole("contentinfo")).toContainText(
      "Eastern Time (America/New_York), your browser's time zone",
    );
    await expect(page.locator('[data-date="2026-11-01"]')).toHaveAttribute("aria-current", "date");
    await expect(page.locator('[aria-current="date"]')).toHaveCount(1);
    await expectAccessible(page);
  });

  test("arrow keys move between days and weeks, Page Down to the next month", async ({ page }) => {
    // December 1, 2026 is a Tuesday: January 1 is in the last row of December's grid.
    await pinClock(page, "2026-12-01T09:00:00-05:00");
    await open(page, "/");
    await expect(monthHeading(page, "December 2026")).toBeVisible();
    // One tab stop in the grid: today's cell.
    await focusToday(page, "2026-12-01");

    await press(page, "ArrowRight", "2026-12-02", "December 2026");
    await press(page, "ArrowDown", "2026-12-09", "December 2026");
    await press(page, "ArrowLeft", "2026-12-08", "December 2026");
    await press(page, "ArrowUp", "2026-12-01", "December 2026");
    await expect(page.getByRole("grid").locator('a[tabindex="0"]')).toHaveAttribute("data-date", "2026-12-01");

    // The same day of the next month, shown as that month even though December's grid has it too.
    await press(page, "PageDown", "2027-01-01", "January 2027");
    await press(page, "PageUp", "2026-12-01", "December 2026");
    // Before the first day of the month: the previous month comes in.
    await press(page, "ArrowLeft", "2026-11-30", "November 2026");
  });

  test("from December 31 the arrow and Page Down keys cross into the new year", async ({ page }) => {
    await pinClock(page, "2026-12-31T20:00:00-05:00");
    await open(page, "/");
    await focusToday(page, "2026-12-31");
    // January 1 is in December's grid, but moving onto it shows January.
    await press(page, "ArrowRight", "2027-01-01", "January 2027");
    await press(page, "ArrowLeft", "2026-12-31", "December 2026");
    await press(page, "PageDown", "2027-01-31", "January 2027");
    await press(page, "PageUp", "2026-12-31", "December 2026");
    await press(page, "Home", "2026-12-27", "December 2026");
    await press(page, "End", "2027-01-02", "January 2027");
  });

  test("Page Down from January 31 lands on the last day of February", async ({ page }) => {
    await pinClock(page, "2027-01-31T12:00:00-05:00");
    await open(page, "/");
    await focusToday(page, "2027-01-31");
    await press(page, "PageDown", "2027-02-28", "February 2027");
    await press(page, "PageUp", "2027-01-28", "January 2027");
  });

  test("Page Up and Down keep the day across a daylight saving change", async ({ page }) => {
    // Just after the clocks went forward on March 14, 2027.
    await pinClock(page, "2027-03-14T03:30:00-04:00");
    await open(page, "/");
    await focusToday(page, "2027-03-14");
    await press(page, "PageUp", "2027-02-14", "February 2027");
    await press(page, "PageDown", "2027-03-14", "March 2027");
    await expect(page.locator('[data-date="2027-03-14"]')).toHaveAttribute("aria-current", "date");
  });

  test("choosing a day lists its shows, which link to their pages", async ({ page }) => {
    await open(page, "/?view=agenda");
    const firstFriday = page.getByRole("article").filter({ hasText: "Friday Night Fire" }).first();
    await expect(firstFriday).toBeVisible();
    // The seeded weekly series plays every Friday: open the month of the next one.
    const response = await page.request.post("/graphql", {
      data: { query: "{ performances(first: 100) { edges { node { title scheduledTime } } } }" },
    });
    const body = (await response.json()) as {
      data: { performances: { edges: { node: { title: string; scheduledTime: string } }[] } };
    };
    const show = body.data.performances.edges.find((edge) => edge.node.title === "Friday Night Fire");
    expect(show).toBeTruthy();
    const date = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(
      new Date(show!.node.scheduledTime),
    );
    await open(page, `/?view=month&date=${date}`);
    const fridayCell = page.locator("td", { has: page.locator(`a.day[data-date="${date}"]`) });
    await fridayCell.locator("a.day").click();
    const panel = page.getByRole("region", { name: /Friday/ });
    await expect(panel.getByRole("link", { name: "Friday Night Fire", exact: true })).toBeVisible();
    await panel.getByRole("link", { name: "Friday Night Fire", exact: true }).click();
    await expect(page).toHaveURL(/\/shows\//);
    await expect(page.getByRole("heading", { level: 1, name: "Friday Night Fire" })).toBeVisible();
  });

  test("week view steps week by week and Today comes back", async ({ page }) => {
    // The week of New Year's Eve spans two years.
    await pinClock(page, "2026-12-31T12:00:00-05:00");
    await open(page, "/");
    await page.getByRole("navigation", { name: "Calendar views" }).getByRole("link", { name: "Week" }).click();
    await expect(page).toHaveURL(/view=week/);
    const title = page.locator("#period-title");
    await expect(title).toHaveText("Dec 27, 2026 – Jan 2, 2027");
    await expect(page.getByRole("listitem").filter({ hasText: "Today" }).first()).toBeVisible();

    await page.getByRole("link", { name: "Next week" }).click();
    await expect(title).toHaveText("Jan 3 – 9, 2027");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Today", exact: true }).click();
    await expect(title).toHaveText("Dec 27, 2026 – Jan 2, 2027");
  });

  test("every week of the seeded schedule has a Friday Night Fire", async ({ page }) => {
    await open(page, "/?view=week");
    await page.getByRole("link", { name: "Next week" }).click();
    await expect(page).toHaveURL(/view=week&date=/);
    await expect(page.getByRole("link", { name: "Friday Night Fire", exact: true })).toBeVisible();
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
