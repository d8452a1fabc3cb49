import { expect, test, type Page } from "@playwright/test";
import { createShow } from "./live-helpers";
import {
  daysFromNow,
  DEMO,
  expectAccessible,
  open,
  signInQuickly,
  signUpQuickly,
  TINY_PNG,
  uniqueTitle,
} from "./helpers";

interface Show {
  id: string;
  title: string;
  scheduledTime: string;
  status: string;
  thumbnailUrl: string | null;
}

/** The shows titled `prefix…` starting between two dates, in time order (through the API). */
async function showsOf(page: Page, prefix: string, from: string, days = 35): Promise<Show[]> {
  const to = new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString();
  const response = await page.request.post("/graphql", {
    data: {
      query: `query ($from: DateTime!, $to: DateTime!) {
        performances(from: $from, to: $to, first: 100) { edges { node { id title scheduledTime status thumbnailUrl } } }
      }`,
      variables: { from: `${from}T00:00:00Z`, to },
    },
  });
  const body = (await response.json()) as { data: { performances: { edges: { node: Show }[] } } };
  return body.data.performances.edges.map((edge) => edge.node).filter((show) => show.title.startsWith(prefix));
}

/** "19:00": the wall-clock time of an instant at the circus, where shows are scheduled. */
function chicagoTime(instant: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: "America/Chicago", hour: "2-digit", minute: "2-digit" }).format(
    new Date(instant),
  );
}

async function scheduleSeries(page: Page, title: string, date: string, shows: number): Promise<void> {
  await open(page, "/admin/shows/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Description").fill("Torches, fans and a fire-breathing finale.");
  await page.getByLabel("Date", { exact: true }).fill(date);
  await page.getByLabel("Start time").fill("19:00");
  await page.getByLabel("Duration in minutes").fill("75");
  await page.getByLabel("Every week, same day and time").check();
  await page.getByLabel("After a number of shows").check();
  await page.getByLabel("Number of shows", { exact: true }).fill(String(shows));
  await page.getByLabel("Picture").setInputFiles({ name: "poster.png", mimeType: "image/png", buffer: TINY_PNG });
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByRole("status")).toHaveText(`Scheduled the weekly series “${title}”.`);
}

test.describe("organizers", () => {
  test.beforeEach(async ({ page }) => {
    await signInQuickly(page, DEMO.organizer);
  });

  test("schedule a weekly series with a picture", async ({ page }) => {
    const title = uniqueTitle("Torch Tuesdays");
    const date = daysFromNow(40);
    await scheduleSeries(page, title, date, 4);

    await expect(page).toHaveURL(/\/admin\/shows\/[\w-]+$/);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText(/Weekly series: every \w+ at 19:00 \(America\/Chicago\), last show on/)).toBeVisible();
    const picture = page.getByRole("img", { name: "The show's current thumbnail" });
    await expect(picture).toHaveAttribute("src", /\/api\/media\/thumbnails\//);
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(16);
    await expectAccessible(page);

    const shows = await showsOf(page, title, date);
    expect(shows).toHaveLength(4);
    expect(shows.map((show) => chicagoTime(show.scheduledTime))).toEqual(["19:00", "19:00", "19:00", "19:00"]);
    expect(shows.every((show) => show.thumbnailUrl)).toBe(true);

    await open(page, `/?view=agenda&date=${date}`);
    await expect(page.getByRole("link", { name: title })).toHaveCount(4);

    await open(page, "/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Schedule" })).toBeVisible();
    await expectAccessible(page);
  });

  test("edit only one show of a series, or it and the following ones", async ({ page }) => {
    const title = uniqueTitle("Fan Dance Fridays");
    const date = daysFromNow(45);
    await scheduleSeries(page, title, date, 4);
    const [first, second, third, fourth] = await showsOf(page, title, date);

    // Only this show
    await open(page, `/admin/shows/${second!.id}`);
    await expect(page.getByRole("group", { name: /part of a weekly series/ })).toBeVisible();
    await page.getByLabel("Title").fill(`${title} (special)`);
    await page.getByLabel("Only this show").check();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status")).toHaveText(`Saved “${title} (special)”.`);

    let shows = await showsOf(page, title, date);
    expect(shows.map((show) => show.title)).toEqual([title, `${title} (special)`, title, title]);

    // This and the following shows: a new start time
    await open(page, `/admin/shows/${third!.id}`);
    await page.getByLabel("Start time").fill("20:30");
    await page.getByLabel("This and all following shows of the series").check();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status")).toHaveText(`Saved “${title}” and the following shows of its series.`);

    shows = await showsOf(page, title, date);
    expect(shows.map((show) => show.id).slice(0, 2)).toEqual([first!.id, second!.id]);
    expect(shows.map((show) => chicagoTime(show.scheduledTime))).toEqual(["19:00", "19:00", "20:30", "20:30"]);
    expect(shows[3]!.id).toBe(fourth!.id);
  });

  test("cancel after confirming, for one show or the rest of the series", async ({ page }) => {
    const title = uniqueTitle("Poi Nights");
    const date = daysFromNow(50);
    await scheduleSeries(page, title, date, 4);
    const [first, second, third] = await showsOf(page, title, date);

    await open(page, `/admin/shows/${first!.id}`);
    await page.getByRole("link", { name: "Cancel this show…" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Cancel “${title}”?` })).toBeVisible();
    await expectAccessible(page);
    // Changing one's mind changes nothing.
    await page.getByRole("link", { name: "No, keep it" }).click();
    await expect(page).toHaveURL(`/admin/shows/${first!.id}`);

    await page.getByRole("link", { name: "Cancel this show…" }).click();
    await page.getByLabel("Only this show").check();
    await page.getByRole("button", { name: "Yes, cancel" }).click();
    await expect(page.getByRole("status")).toHaveText(`Cancelled “${title}”.`);
    await expect(page.getByText("This show was cancelled")).toBeVisible();

    await open(page, `/admin/shows/${third!.id}/cancel`);
    await page.getByLabel("This and all following shows of the series").check();
    await page.getByRole("button", { name: "Yes, cancel" }).click();
    await expect(page.getByRole("status")).toHaveText(`Cancelled “${title}” and the following shows of its series.`);

    const shows = await showsOf(page, title, date);
    expect(shows.map((show) => show.status)).toEqual(["CANCELLED", "SCHEDULED", "CANCELLED", "CANCELLED"]);
    expect(shows[1]!.id).toBe(second!.id);

    await open(page, `/?view=agenda&date=${date}`);
    await expect(page.getByRole("article").filter({ hasText: title }).first()).toContainText("Cancelled");
  });

  test("the show form explains mistakes and keeps what was typed", async ({ page }) => {
    await open(page, "/admin/shows/new");
    await expectAccessible(page);
    await page.getByLabel("Description").fill("A description worth keeping.");
    await page.getByLabel("Duration in minutes").fill("");
    await page.getByRole("button", { name: "Schedule" }).click();
    // Every mistake at once, in words
    await expect(page.locator("#title-error")).toHaveText("Enter the title of the show.");
    await expect(page.locator("#date-error")).toHaveText("Enter the date of the show.");
    await expect(page.locator("#durationMinutes-error")).toHaveText("Enter the duration as a whole number of minutes.");
    await expect(page.getByLabel("Description")).toHaveValue("A description worth keeping.");

    // Now a rule only the API knows: a show in the past
    const title = uniqueTitle("Yesterday's Fire");
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Date", { exact: true }).fill(daysFromNow(-3));
    await page.getByLabel("Duration in minutes").fill("90");
    await page.getByRole("button", { name: "Schedule" }).click();
    await expect(page.locator("#date-error")).toHaveText("Start must not be in the past.");
    await expect(page.getByLabel("Title")).toHaveValue(title);
    await expect(page.getByLabel("Description")).toHaveValue("A description worth keeping.");
    await expect(page.getByLabel("Duration in minutes")).toHaveValue("90");
    await expectAccessible(page);

    // A weekly series that would end before it starts
    await page.getByLabel("Title").fill(uniqueTitle("Backwards Series"));
    await page.getByLabel("Date", { exact: true }).fill(daysFromNow(30));
    await page.getByLabel("Every week, same day and time").check();
    await page.getByLabel("On a date").check();
    await page.getByLabel("Date of the last show").fill(daysFromNow(20));
    await page.getByRole("button", { name: "Schedule" }).click();
    await expect(page.locator("#until-error")).toHaveText("Last show date must not be before the first performance.");
    await expect(page.getByLabel("Every week, same day and time")).toBeChecked();
    await expect(page.getByLabel("On a date")).toBeChecked();
    await expect(page.getByLabel("Date of the last show")).toHaveValue(daysFromNow(20));
  });

  test("replace a show's picture, and a file that is no picture is refused", async ({ page }) => {
    const title = uniqueTitle("Solo Staff");
    const date = daysFromNow(55);
    await scheduleSeries(page, title, date, 2);
    const [first] = await showsOf(page, title, date);
    await open(page, `/admin/shows/${first!.id}`);
    const before = await page.getByRole("img", { name: "The show's current thumbnail" }).getAttribute("src");

    await page.getByLabel("Replace the picture").setInputFiles({
      name: "notes.png",
      mimeType: "image/png",
      buffer: Buffer.from("these are not the bytes of an image"),
    });
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.locator("#thumbnail-error")).toHaveText("Picture must be a JPEG, PNG, WebP or AVIF image.");

    await page
      .getByLabel("Replace the picture")
      .setInputFiles({ name: "new.png", mimeType: "image/png", buffer: TINY_PNG });
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status")).toHaveText(`Saved “${title}”.`);
    const after = await page.getByRole("img", { name: "The show's current thumbnail" }).getAttribute("src");
    expect(after).not.toBe(before);
  });

  test("see who registered, with their reminder choices", async ({ page, browser, baseURL }) => {
    const title = uniqueTitle("Fire Circle Live");
    const date = daysFromNow(60);
    await scheduleSeries(page, title, date, 2);
    const [first] = await showsOf(page, title, date);

    await open(page, `/admin/shows/${first!.id}/registrations`);
    await expect(page.getByRole("heading", { name: "No registrations yet" })).toBeVisible();
    await expectAccessible(page);

    const fanContext = await browser.newContext({ baseURL });
    const fanPage = await fanContext.newPage();
    const fan = await signUpQuickly(fanPage, "Ember Registrant");
    await open(fanPage, `/shows/${first!.id}`);
    await fanPage.getByLabel("Browser notification").check();
    await fanPage.getByRole("button", { name: "Register", exact: true }).click();
    await expect(fanPage.getByRole("heading", { name: "You're registered" })).toBeVisible();
    await fanContext.close();

    await page.reload();
    const row = page.getByRole("row", { name: /Ember Registrant/ });
    await expect(row).toContainText(fan.email);
    await expect(row).toContainText("Email: yes");
    await expect(row).toContainText("SMS: no");
    await expect(row).toContainText("Browser: yes");
    await expectAccessible(page);
  });
});

test.describe("the admin pages", () => {
  test("send a signed-out visitor to sign in first", async ({ page }) => {
    await page.goto("/admin/shows/new");
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fadmin%2Fshows%2Fnew$/);
  });

  test("tell a viewer kindly that they are for organizers", async ({ page }) => {
    await signInQuickly(page, DEMO.viewer);
    for (const path of ["/admin", "/admin/shows/new"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "Backstage only" })).toBeVisible();
    }
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Schedule" })).toHaveCount(0);
    await expectAccessible(page);

    // Form posts are refused as well.
    const response = await page.request.post("/admin/shows/new", {
      form: { title: "Sneaky", date: daysFromNow(10), time: "20:00", durationMinutes: "60" },
      headers: { origin: new URL(page.url()).origin },
    });
    expect(response.status()).toBe(403);
  });

  test("keep a show's captions to organizers, and say when the replay is not ready for them", async ({
    page,
    browser,
  }) => {
    const organizer = await (await browser.newContext()).newPage();
    await signInQuickly(organizer, DEMO.organizer);
    const id = await createShow(organizer, uniqueTitle("Caption Sparks"), 60 * 24 * 3);
    const path = `/admin/shows/${id}/captions`;
    const vtt = {
      name: "captions.vtt",
      mimeType: "text/vtt",
      buffer: Buffer.from("WEBVTT\n\n00:00.000 --> 00:05.000\nHi\n"),
    };

    // Signed out: sign in first, and come back here.
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?redirectTo=${encodeURIComponent(path)}$`));

    // A viewer: the page and its form post are refused.
    await signInQuickly(page, DEMO.viewer);
    expect((await page.goto(path))?.status()).toBe(403);
    const refused = await page.request.post(path, {
      multipart: { language: "en", file: vtt },
      headers: { origin: new URL(page.url()).origin },
    });
    expect(refused.status()).toBe(403);

    // The organizer, before the show: no form, a word on when; a post anyway is refused and adds nothing.
    await open(organizer, path);
    await expect(organizer.getByTestId("captions-not-yet")).toContainText("once the show is over");
    await expect(organizer.getByLabel("WebVTT file")).toHaveCount(0);
    await expectAccessible(organizer);
    const early = await organizer.request.post(path, {
      multipart: { language: "en", file: vtt },
      headers: { origin: new URL(organizer.url()).origin, accept: "application/json", "x-sveltekit-action": "true" },
    });
    expect(await early.text()).toMatch(/recording/i);
    const tooBig = await organizer.request.post(path, {
      multipart: {
        language: "en",
        file: { ...vtt, buffer: Buffer.concat([vtt.buffer, Buffer.alloc(600 * 1024, "a")]) },
      },
      headers: { origin: new URL(organizer.url()).origin, accept: "application/json", "x-sveltekit-action": "true" },
    });
    expect(await tooBig.text()).toContain("at most 512 KB");
    await open(organizer, path);
    await expect(organizer.getByRole("table", { name: "Captions of the replay" })).toHaveCount(0);
  });
});
