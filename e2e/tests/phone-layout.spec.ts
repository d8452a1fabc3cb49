import { expect, type Page, test } from "@playwright/test";
import { DEMO, open, signInQuickly, signUpQuickly, uniqueTitle } from "./helpers";
import { createShow, graphqlAs } from "./live-helpers";

/** How far the page is wider than the phone's screen (0 when nothing sticks out). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("no page is wider than the screen, for a fan or an organizer, with a registration to show", async ({
    browser,
    page: organizer,
  }) => {
    await signInQuickly(organizer, DEMO.organizer);
    const id = await createShow(organizer, uniqueTitle("Unicycle Polo With a Rather Long Title for a Phone"), 60);

    const fan = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
    await signUpQuickly(fan, "Maximiliana Featherstonehaugh-Wolfeschlegel");
    const registered = await graphqlAs(
      fan,
      `mutation ($id: ID!) { registerForPerformance(performanceId: $id, notificationPreferences: { email: true }) { __typename } }`,
      { id },
    );
    expect(registered.registerForPerformance.__typename).toBe("Registration");

    const widths: Record<string, number> = {};
    for (const path of ["/", "/?view=week", "/?view=agenda", `/shows/${id}`, `/shows/${id}/watch`, "/me"]) {
      await open(fan, path);
      widths[`fan ${path}`] = await overflow(fan);
    }
    for (const path of [
      "/admin",
      "/admin/shows/new",
      `/admin/shows/${id}`,
      `/admin/shows/${id}/broadcast`,
      `/admin/shows/${id}/registrations`,
      `/admin/shows/${id}/analytics`,
      `/admin/shows/${id}/cancel`,
      "/admin/analytics",
    ]) {
      await open(organizer, path);
      widths[`organizer ${path}`] = await overflow(organizer);
    }
    expect(Object.entries(widths).filter(([, extra]) => extra > 0)).toEqual([]);
  });
});
