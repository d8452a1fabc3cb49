import { expect, type Page, type Route, test } from "@playwright/test";
import { DEMO, open, pinClock, signInQuickly, signUpQuickly, uniqueTitle } from "./helpers";
import { createShow, graphqlAs } from "./live-helpers";

// The watch page's running-late notice, as a fan sees it appear. The API decides when a show is
// late (10 minutes after its time, noticed by the minutely cron) and republishes it through
// performanceStatus (api/src/realtime/subscriptions.graphql.test.ts proves that against the real
// hub); waiting 10 minutes for its cron is not a test, so here the page's own subscription is
// answered with those events: first the show as it is (not late), then the cron's UPDATED with
// runningLate, then what a reconnecting page hears (late, as the current state). The browser's
// clock is pinned 15 minutes after the show's time.

const STATE = (change: "CURRENT" | "UPDATED", id: string, scheduledTime: string, runningLate: boolean) =>
  JSON.stringify({
    data: {
      performanceStatus: {
        change,
        status: "SCHEDULED",
        performance: { id, scheduledTime, endTime: scheduledTime, runningLate, recording: null },
      },
    },
  });

/** Answers the page's WatchStatus subscriptions in turn; the other subscriptions reach the API. */
async function answerWatchStatus(page: Page, id: string, scheduledTime: string): Promise<() => number> {
  let opened = 0;
  await page.route(
    (url) => url.pathname === "/graphql" && (url.searchParams.get("query") ?? "").includes("subscription WatchStatus"),
    async (route: Route) => {
      opened++;
      const [retry, body] =
        opened === 1
          ? // a quick reconnect brings the next answer: the cron noticed the show is late
            [300, STATE("CURRENT", id, scheduledTime, false)]
          : opened === 2
            ? [3_600_000, STATE("UPDATED", id, scheduledTime, true)]
            : [3_600_000, STATE("CURRENT", id, scheduledTime, true)];
      await route.fulfill({
        status: 200,
        headers: { "content-type": "text/event-stream", "cache-control": "no-store" },
        body: `retry: ${retry}\n\nevent: next\ndata: ${body}\n\n`,
      });
    },
  );
  return () => opened;
}

test.describe("running late on the watch page", () => {
  for (const width of [360, 1280]) {
    test(`a registered fan sees the notice appear live, at ${width} px`, async ({ page, browser }) => {
      const organizer = await (await browser.newContext()).newPage();
      await signInQuickly(organizer, DEMO.organizer);
      const id = await createShow(organizer, uniqueTitle("Late Night Flames"), 3);
      const { performance } = await graphqlAs(
        organizer,
        `query ($id: ID!) { performance(id: $id) { scheduledTime } }`,
        {
          id,
        },
      );
      const scheduledTime: string = performance.scheduledTime;

      await page.setViewportSize({ width, height: 800 });
      await signUpQuickly(page);
      const registered = await graphqlAs(
        page,
        `mutation ($id: ID!) { registerForPerformance(performanceId: $id) { __typename } }`,
        { id },
      );
      expect(registered.registerForPerformance.__typename).toBe("Registration");
      await pinClock(page, new Date(Date.parse(scheduledTime) + 15 * 60_000).toISOString());
      const opened = await answerWatchStatus(page, id, scheduledTime);

      await open(page, `/shows/${id}/watch`);
      const notice = page.getByTestId("running-late");
      // The cron's notice arrives on the open page: no reload, no click.
      await expect(notice.getByRole("heading", { name: "Running about 15 minutes late" })).toBeVisible();
      const due = new Intl.DateTimeFormat("en-US", {
        timeZone: "America/New_York",
        hour: "numeric",
        minute: "2-digit",
      }).format(new Date(scheduledTime));
      await expect(notice).toContainText(`It was due to start at ${due}.`);
      await expect(page.getByTestId("watch-status")).toHaveText("Running late");
      await expect(page.getByRole("status").filter({ hasText: "running late" })).toHaveText(
        "The show is running late. Stay on this page: it starts here.",
      );
      await expect(page.getByRole("timer")).toHaveCount(0);
      expect(opened()).toBeGreaterThanOrEqual(2);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      if (process.env.FIRESTREAM_SCREENSHOTS) {
        await page.screenshot({ path: `${process.env.FIRESTREAM_SCREENSHOTS}/running-late-${width}.png` });
      }
      await organizer.context().close();
    });
  }
});
