import ICAL from "ical.js";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectAccessible, open, showId, signUpQuickly, uniqueEmail } from "./helpers";

test.describe("a show's page", () => {
  test("invites a signed-out visitor to sign up and brings them back to register", async ({ page }) => {
    const id = await showId(page, "Aerial Silks Showcase");
    await open(page, `/shows/${id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Aerial Silks Showcase" })).toBeVisible();
    await expect(page.getByText("Times are shown in Eastern Time")).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Sign up to register" }).click();
    await expect(page).toHaveURL(new RegExp(`/sign-up\\?redirectTo=%2Fshows%2F${id}`));
    await page.getByLabel("Name").fill("Blaze Newcomer");
    await page.getByLabel("Email").fill(uniqueEmail());
    await page.getByLabel("Password").fill("juggling-torches");
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page).toHaveURL(`/shows/${id}`);
    await expect(page.getByRole("heading", { name: "Register for this show" })).toBeVisible();
  });

  test("registers with reminder choices, changes them, and unregisters", async ({ page }) => {
    await signUpQuickly(page, "Pyra Pref");
    const id = await showId(page, "Aerial Silks Showcase");
    await open(page, `/shows/${id}`);

    const remind = page.getByRole("group", { name: "Remind me by" });
    await expect(remind.getByLabel("Email")).toBeChecked();
    // No phone number yet: texts cannot be chosen, and the page says where to add one.
    await expect(remind.getByLabel(/Text message/)).toBeDisabled();
    await expect(remind).toContainText("Add your phone number");
    await remind.getByLabel("Email").uncheck();
    await remind.getByLabel("Browser notification").check();
    await page.getByRole("button", { name: "Register", exact: true }).click();

    await expect(page.getByRole("status")).toHaveText("You're registered for Aerial Silks Showcase. See you there!");
    await expect(page.getByRole("heading", { name: "You're registered" })).toBeVisible();
    await expect(page.locator(".markers")).toContainText("Registered");
    // A handful of registrations is not advertised to fans (organizers see every count).
    await expect(page.locator("dt", { hasText: "Registered" })).toHaveCount(0);
    await page.reload();
    await expect(remind.getByLabel("Email")).not.toBeChecked();
    await expect(remind.getByLabel("Browser notification")).toBeChecked();
    await expectAccessible(page);

    await remind.getByLabel("Email").check();
    await page.getByRole("button", { name: "Save reminder choices" }).click();
    await expect(page.getByRole("status")).toHaveText("Your reminder choices are saved.");

    await open(page, "/me");
    const upcoming = page.getByRole("region", { name: "Upcoming" });
    await expect(upcoming.getByRole("link", { name: "Aerial Silks Showcase" })).toBeVisible();
    await expect(upcoming).toContainText("Reminders: email, browser");

    await open(page, `/shows/${id}`);
    await page.getByRole("button", { name: "Unregister" }).click();
    await expect(page.getByRole("status")).toHaveText("You're no longer registered for Aerial Silks Showcase.");
    await expect(page.getByRole("heading", { name: "Register for this show" })).toBeVisible();
  });

  test("offers an .ics file with the show as one event in the circus's time zone", async ({ page, baseURL }) => {
    const id = await showId(page, "Juggling Workshop (Live Q&A)");
    await open(page, `/shows/${id}`);
    const downloading = page.waitForEvent("download");
    await page.getByText("Add to calendar").click();
    await page.getByRole("link", { name: "This show (.ics: Apple, Outlook, others)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("juggling-workshop-live-q-a.ics");
    const ics = await readFile((await download.path())!, "utf8");
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toMatch(/END:VCALENDAR(\r\n)?$/);

    // Read back with a real iCalendar parser, its VTIMEZONE registered.
    const calendar = new ICAL.Component(ICAL.parse(ics));
    for (const zone of calendar.getAllSubcomponents("vtimezone")) {
      ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    }
    const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event!.uid).toMatch(new RegExp(`^${id}@`));
    expect(event!.summary).toBe("Juggling Workshop (Live Q&A)");
    // The event links the watch page, where the show plays
    expect(event!.component.getFirstPropertyValue("url")).toBe(`${baseURL}/shows/${id}/watch`);
    // 45 minutes from start to end
    expect(event!.endDate.toUnixTime() - event!.startDate.toUnixTime()).toBe(45 * 60);
  });

  test("an unknown show gets a real 404 page", async ({ page }) => {
    const response = await page.goto("/shows/no-such-show");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "This act has left the ring" })).toBeVisible();
    await expectAccessible(page);

    const missing = await page.goto("/no/such/page");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("link", { name: "See the show calendar" })).toBeVisible();
  });
});
