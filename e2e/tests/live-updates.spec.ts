import { expect, test } from "@playwright/test";
import { DEMO, open, signInQuickly, uniqueTitle } from "./helpers";
import { createShow, feedUntilLive, graphqlAs, stopPush } from "./live-helpers";

test.describe("live updates", () => {
  test("the site's /graphql streams subscription events as they happen, not when the stream ends", async ({
    page,
    baseURL,
  }) => {
    await signInQuickly(page, DEMO.organizer);
    const id = await createShow(page, uniqueTitle("Streaming Check"), 60 * 24);
    const query = "subscription ($id: ID!) { performanceStatus(id: $id) { change status } }";
    const url = `${baseURL}/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify({ id }))}`;
    const controller = new AbortController();
    const response = await fetch(url, { headers: { accept: "text/event-stream" }, signal: controller.signal });
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = "";
    const readUntil = async (pattern: RegExp) => {
      while (!pattern.test(text)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`the stream ended before ${pattern}: ${text}`);
        text += value;
      }
    };
    // The current state arrives while the stream stays open...
    await readUntil(/"change":"CURRENT"/);
    // ...and so does a change made afterwards, on the same open response.
    await graphqlAs(
      page,
      `mutation ($id: ID!) { updatePerformance(id: $id, input: { title: "Renamed" }) { __typename } }`,
      {
        id,
      },
    );
    await readUntil(/"change":"UPDATED"/);
    controller.abort();
  });

  test("a click on the calendar is kept when the schedule changes while it loads", async ({ page, browser }) => {
    const organizer = await (await browser.newContext()).newPage();
    await signInQuickly(organizer, DEMO.organizer);
    const live = page.waitForResponse(
      (response) =>
        response.url().includes("/graphql") && /event-stream/.test(response.headers()["content-type"] ?? ""),
    );
    await open(page, "/?view=week");
    await live;
    const title = page.locator("#period-title");
    const thisWeek = await title.textContent();

    // The fan's click on "Next week" is still loading (its data is held back) when an organizer
    // adds a show to that week and the calendar's refresh comes due.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let refreshedMeanwhile = false;
    await page.route(/__data\.json/, async (route) => {
      if (route.request().url().includes("date=")) {
        await held;
        await route.continue();
      } else {
        refreshedMeanwhile = true;
        await route.continue();
      }
    });
    await page.getByRole("link", { name: "Next week" }).click();
    const show = uniqueTitle("Added Meanwhile");
    await createShow(organizer, show, 60 * 24 * 7);
    // Long enough for the change to arrive and the refresh's 750 ms to pass.
    await page.waitForTimeout(3_000);
    release();

    // The click wins: the fan is on next week, and the refresh then ran for it, once it had loaded.
    await expect(title).not.toHaveText(thisWeek!);
    await expect(page).toHaveURL(/view=week&date=/);
    await expect(page.getByRole("link", { name: show, exact: true })).toBeVisible();
    expect(refreshedMeanwhile, "no refresh of the old week ran while the click loaded").toBe(false);
    await page.unroute(/__data\.json/);
  });

  test("the calendar shows a new show without reloading", async ({ page, browser }) => {
    const organizer = await (await browser.newContext()).newPage();
    await signInQuickly(organizer, DEMO.organizer);
    await open(page, "/?view=agenda");
    const title = uniqueTitle("Surprise Show");
    await expect(page.getByText(title)).toHaveCount(0);
    const id = await createShow(organizer, title, 60 * 24);
    await expect(page.getByRole("link", { name: title })).toHaveAttribute("href", `/shows/${id}`);

    // Its feed connects: the calendar says it is live and links to the watch page.
    const ffmpeg = await feedUntilLive(organizer, id);
    try {
      const card = page.getByRole("article").filter({ hasText: title });
      await expect(card.getByText("Live now")).toBeVisible();
      await expect(card.getByRole("link", { name: new RegExp(`^Watch live ?: ${title}$`) })).toHaveAttribute(
        "href",
        `/shows/${id}/watch`,
      );
      await graphqlAs(organizer, `mutation ($id: ID!) { endPerformance(id: $id) { __typename } }`, { id });
    } finally {
      await stopPush(ffmpeg);
    }
    await organizer.close();
  });

  test("a schedule change keeps the day a fan moved to in the month grid", async ({ page, browser }) => {
    const organizer = await (await browser.newContext()).newPage();
    await signInQuickly(organizer, DEMO.organizer);
    await open(page, "/?view=month");
    const grid = page.getByRole("grid");
    const today = grid.locator('a[tabindex="0"]');
    await today.focus();
    // One day along, within this month.
    const date = (await today.getAttribute("data-date"))!;
    await page.keyboard.press(Number(date.slice(8)) < 28 ? "ArrowRight" : "ArrowLeft");
    const moved = await page.evaluate(() => document.activeElement?.getAttribute("data-date"));
    expect(moved).not.toBe(date);
    await expect(page.locator(`td:has([data-date="${moved}"])`)).toHaveAttribute("aria-selected", "true");

    // Another organizer adds a show: the calendar reads its data again, and the fan stays on their day.
    const refreshed = page.waitForResponse((response) => response.url().includes("__data.json"));
    await createShow(organizer, uniqueTitle("Meanwhile"), 60 * 24 * 2);
    await refreshed;
    await expect(page.locator(`td:has([data-date="${moved}"])`)).toHaveAttribute("aria-selected", "true");
    await expect(page.locator('td[aria-selected="true"]')).toHaveCount(1);
    await organizer.close();
  });
});
