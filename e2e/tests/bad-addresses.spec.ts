import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, showId, signInQuickly } from "./helpers";

// Addresses changed by hand or cut short get a page that says so, never a 500.

async function expectPage(page: Page, path: string, status: number, heading: string | RegExp) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  await expect(page.getByRole("heading", { level: 1, name: heading }), path).toBeVisible();
  await expect(page.getByRole("link", { name: "See the show calendar" })).toBeVisible();
}

const BAD_ADDRESS = "That address doesn't add up";
const NOT_FOUND = "This act has left the ring";

test.describe("garbage in page addresses", () => {
  test("calendar dates and views that do not exist are a 400", async ({ page }) => {
    for (const path of [
      "/?date=garbage",
      "/?date=2026-13-01",
      "/?date=2026-02-30",
      "/?date=9999-12-31",
      "/?view=week&date=%0d%0a",
      "/?view=year",
    ]) {
      await expectPage(page, path, 400, BAD_ADDRESS);
    }
    await expect(page.getByText(/another view/)).toBeVisible();
    await expectAccessible(page);
    // Parameters the calendar does not use are ignored, as anywhere on the web.
    const response = await page.goto("/?month=2026-13");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Show calendar" })).toBeVisible();
  });

  test("unknown show ids are a 404, on every page of a show", async ({ page }) => {
    for (const path of [
      "/shows/not-an-id",
      "/shows/not-an-id/watch",
      "/shows/%0d%0a/watch",
      `/shows/${"x".repeat(2000)}`,
    ]) {
      await expectPage(page, path, 404, NOT_FOUND);
    }
    const ics = await page.request.get("/shows/not-an-id/calendar.ics");
    expect(ics.status()).toBe(404);
  });

  test("organizers' pages refuse garbage cursors, dates and ids", async ({ page }) => {
    await signInQuickly(page, DEMO.organizer);
    const id = await showId(page, "Friday Night Fire");
    for (const path of [
      "/admin?after=garbage",
      "/admin?when=past&before=garbage",
      "/admin?after=%E2%9C%93",
      `/admin?after=${"A".repeat(5000)}`,
      `/admin/shows/${id}/registrations?after=garbage`,
      "/admin/analytics?from=garbage",
      "/admin/analytics?to=2026-02-30",
    ]) {
      await expectPage(page, path, 400, BAD_ADDRESS);
    }
    await expect(page.getByText(/real days/)).toBeVisible();
    for (const path of [
      "/admin/shows/not-an-id",
      "/admin/shows/not-an-id/registrations?after=garbage",
      "/admin/shows/not-an-id/broadcast",
      "/admin/shows/not-an-id/cancel",
      "/admin/shows/not-an-id/analytics",
    ]) {
      await expectPage(page, path, 404, NOT_FOUND);
    }
    // The pages themselves still work.
    expect((await page.goto("/admin"))?.status()).toBe(200);
    expect((await page.goto(`/admin/shows/${id}/registrations`))?.status()).toBe(200);
    expect((await page.goto("/admin/analytics?from=&to="))?.status()).toBe(200);
  });

  test("the 400 page reads well on a phone", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await expectPage(page, "/?date=garbage", 400, BAD_ADDRESS);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  });
});
