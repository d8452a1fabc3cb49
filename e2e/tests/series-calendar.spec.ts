import ICAL from "ical.js";
import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, open, signInQuickly, signUpQuickly, uniqueTitle } from "./helpers";
import { graphqlAs } from "./live-helpers";

/** A weekly series of four shows starting in a few days; returns the first show's id. */
async function weeklySeries(page: import("@playwright/test").Page, title: string): Promise<string> {
  const data = await graphqlAs(
    page,
    `mutation ($input: CreatePerformanceInput!) {
      createPerformance(input: $input) { __typename ... on Performance { id } ... on Error { message } }
    }`,
    {
      input: {
        title,
        description: "Every week under the big top.",
        scheduledTime: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        durationMinutes: 60,
        repeatWeekly: { occurrences: 4 },
      },
    },
  );
  expect(data.createPerformance.__typename).toBe("Performance");
  return data.createPerformance.id;
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  return calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
}

test.describe("series and calendars", () => {
  test("a fan registers for a whole series in one action, gets its calendar files, and leaves it", async ({
    browser,
    page: organizer,
  }) => {
    await signInQuickly(organizer, DEMO.organizer);
    const title = uniqueTitle("Friday Night Fire");
    const first = await weeklySeries(organizer, title);
    const fan = await (await browser.newContext()).newPage();
    await signUpQuickly(fan, "Weekly Fan");

    await open(fan, `/shows/${first}`);
    await fan.getByRole("button", { name: `Register for every ${title}` }).click();
    await expect(fan.getByText(`You're registered for every ${title}, including shows added later.`)).toBeVisible();
    await expect(fan.getByText(`You're registered for every ${title}.`)).toBeVisible();
    await expectAccessible(fan);
    const mine = await graphqlAs(fan, `{ me { registrations { performance { title } } } }`);
    expect(
      mine.me.registrations.filter((r: { performance: { title: string } }) => r.performance.title === title),
    ).toHaveLength(4);

    await fan.getByText("Add to calendar").click();
    await expect(fan.getByRole("link", { name: "This show in Google Calendar" })).toHaveAttribute(
      "href",
      /^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE/,
    );
    await expect(fan.getByRole("link", { name: "This show in Outlook.com" })).toHaveAttribute(
      "href",
      /^https:\/\/outlook\.live\.com\/calendar\//,
    );
    const seriesFile = await fan.request.get(`/shows/${first}/series.ics`);
    expect(seriesFile.headers()["content-type"]).toContain("text/calendar");
    const [series] = parse(await seriesFile.text());
    expect(series?.summary).toBe(title);
    expect(series?.isRecurring()).toBe(true);
    const occurrences = [];
    const iterator = series?.iterator();
    for (let next = iterator?.next(); next; next = iterator?.next()) occurrences.push(next.toJSDate());
    expect(occurrences).toHaveLength(4);
    expect(String(series?.component.getFirstSubcomponent("valarm")?.getFirstPropertyValue("trigger"))).toBe("-PT1H");
    const [one] = parse(await (await fan.request.get(`/shows/${first}/calendar.ics`)).text());
    expect(one?.component.getFirstPropertyValue("url")).toMatch(new RegExp(`/shows/${first}/watch$`));

    await fan.getByRole("button", { name: "Leave the series" }).click();
    await expect(fan.getByText(`You left ${title}`)).toBeVisible();
    const after = await graphqlAs(fan, `{ me { registrations { performance { title } } } }`);
    expect(
      after.me.registrations.filter((r: { performance: { title: string } }) => r.performance.title === title),
    ).toHaveLength(0);
  });

  test("the fan's webcal feed lists what they registered for, parses as iCalendar, and stops with a new link", async ({
    browser,
    page: organizer,
  }) => {
    await signInQuickly(organizer, DEMO.organizer);
    const title = uniqueTitle("Feed Fire");
    const first = await weeklySeries(organizer, title);
    const fan = await (await browser.newContext()).newPage();
    await signUpQuickly(fan, "Feed Fan");
    const registered = await graphqlAs(
      fan,
      `mutation ($id: ID!) { registerForPerformance(performanceId: $id) { __typename } }`,
      {
        id: first,
      },
    );
    expect(registered.registerForPerformance.__typename).toBe("Registration");

    await open(fan, "/me");
    await fan.getByRole("button", { name: "Get my calendar link" }).click();
    const address = fan.getByLabel(/paste this address/);
    await expect(address).toHaveValue(/^https?:\/\/.+\/calendar\/.+\.ics$/);
    await expect(fan.getByRole("link", { name: "Subscribe in my calendar app" })).toHaveAttribute(
      "href",
      /^webcal:\/\//,
    );
    await expectAccessible(fan);
    const feedPath = new URL(await address.inputValue()).pathname;

    // A calendar app polls without cookies.
    const anonymous = await (await browser.newContext()).newPage();
    const response = await anonymous.request.get(feedPath);
    expect(response.status()).toBe(200);
    const events = parse(await response.text());
    expect(events.map((event) => event.summary)).toEqual([title]);
    expect(events[0]?.component.getFirstPropertyValue("url")).toMatch(new RegExp(`/shows/${first}/watch$`));

    await fan.getByRole("button", { name: /Make a new link/ }).click();
    // The same words greeted the first link: the new address is what shows the rotation is done.
    await expect(address).not.toHaveValue(new RegExp(`${feedPath.replaceAll(".", "\\.")}$`));
    await expect(fan.getByText("Any earlier link no longer works.")).toBeVisible();
    expect((await anonymous.request.get(feedPath)).status()).toBe(404);
    const newPath = new URL(await address.inputValue()).pathname;
    expect((await anonymous.request.get(newPath)).status()).toBe(200);
  });

  test("the new pages fit a 360 px phone and a 1280 px desktop", async ({ page }, testInfo) => {
    // Eleven pages at two widths, each checked by axe: more than the default minute on this machine.
    test.slow();
    await signUpQuickly(page, "Layout Fan");
    const signedIn = ["/me", "/me/account"];
    const signedOut = [
      "/forgot-password",
      "/reset-password?token=x",
      "/sign-in/link",
      "/sign-in/link?token=x",
      "/me/email?token=x",
    ];
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of signedIn) {
        await open(page, path);
        await expectAccessible(page);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
          path,
        ).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: testInfo.outputPath(`${width}${path.replace(/[/?=]/g, "_")}.png`),
          fullPage: true,
        });
      }
    }
    const visitor = await (await page.context().browser()!.newContext()).newPage();
    for (const width of [360, 1280]) {
      await visitor.setViewportSize({ width, height: 800 });
      for (const path of signedOut) {
        await open(visitor, path);
        await expectAccessible(visitor);
        expect(
          await visitor.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
          path,
        ).toBeLessThanOrEqual(0);
        await visitor.screenshot({
          path: testInfo.outputPath(`${width}${path.replace(/[/?=]/g, "_")}.png`),
          fullPage: true,
        });
      }
    }
  });
});
