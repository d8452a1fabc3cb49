// The audience in the room: two fans and an organizer chat, clap and moderate during a real
// (ffmpeg) broadcast, then the chat replays in time with the recording.
import type { Publisher } from "@firestream/dev-support";
import { expect, type Page, test } from "@playwright/test";
import { DEMO, expectAccessible, open, signInQuickly, signUpQuickly, uniqueTitle } from "./helpers";
import { AUTOPLAY_LAUNCH_OPTIONS, createShow, expectVideoAdvances, graphqlAs, push, stopPush } from "./live-helpers";

test.use({ launchOptions: AUTOPLAY_LAUNCH_OPTIONS });

async function register(page: Page, id: string) {
  const data = await graphqlAs(
    page,
    `mutation ($id: ID!) { registerForPerformance(performanceId: $id) { __typename } }`,
    { id },
  );
  expect(data.registerForPerformance.__typename).toBe("Registration");
}

async function say(page: Page, text: string) {
  const chat = page.getByTestId("chat-panel");
  await chat.getByRole("textbox", { name: "Message" }).fill(text);
  await chat.getByRole("button", { name: "Send" }).click();
  await expect(chat.getByRole("textbox", { name: "Message" })).toHaveValue("");
}

const messages = (page: Page) => page.getByTestId("chat-panel").getByTestId("chat-message");

test.describe("chat and applause", () => {
  let ffmpeg: Publisher | undefined;
  test.afterEach(async () => {
    if (ffmpeg) await stopPush(ffmpeg);
    ffmpeg = undefined;
  });

  test("two fans and an organizer chat, clap and moderate during a broadcast; the replay scrolls the chat in time", async ({
    browser,
  }) => {
    test.setTimeout(600_000);
    const organizer = await (await browser.newContext()).newPage();
    const ada = await (await browser.newContext()).newPage();
    const bo = await (await browser.newContext()).newPage();
    await signInQuickly(organizer, DEMO.organizer);
    const id = await createShow(organizer, uniqueTitle("Chatty Fire"));
    await signUpQuickly(ada, "Ada Applause");
    await signUpQuickly(bo, "Bo Heckler");
    await register(ada, id);
    await register(bo, id);

    const { performance } = await graphqlAs(
      organizer,
      `query ($id: ID!) { performance(id: $id) { ingest { rtmpsUrl streamKey } } }`,
      { id },
    );
    ffmpeg = push(`${performance.ingest.rtmpsUrl}${performance.ingest.streamKey}`);

    await open(organizer, `/admin/shows/${id}/broadcast`);
    await expect(organizer.getByTestId("signal-status")).toHaveText("On air", { timeout: 60_000 });
    for (const fan of [ada, bo]) {
      await open(fan, `/shows/${id}/watch`);
      await expect(fan.getByTestId("watch-status")).toHaveText("Live", { timeout: 30_000 });
      await expect(fan.getByTestId("chat-panel").getByRole("textbox", { name: "Message" })).toBeVisible();
    }
    await expectVideoAdvances(ada);

    // Everyone sees everyone's messages, in the same order; only the organizer's link is a link.
    await say(ada, "What a jump!");
    await say(organizer, "Merch at https://circus.example/shop tonight");
    await say(bo, "see https://spam.example/free");
    for (const page of [ada, bo, organizer]) {
      await expect(messages(page)).toHaveCount(3);
      await expect(messages(page).nth(0)).toContainText("What a jump!");
      await expect(messages(page).nth(1)).toContainText("Merch at");
      await expect(messages(page).nth(2)).toContainText("spam.example");
    }
    await expect(ada.getByRole("link", { name: "https://circus.example/shop" })).toHaveAttribute("rel", /noopener/);
    await expect(ada.getByRole("link", { name: /spam\.example/ })).toHaveCount(0);
    // Text stays text.
    await say(ada, "<b>bold</b> & <script>x</script>");
    await expect(messages(bo).last()).toContainText("<b>bold</b> & <script>x</script>");
    await expect(bo.locator("[data-testid=chat-message] b")).toHaveCount(0);
    // The live region announces new messages.
    await expect(bo.getByTestId("chat-announcer")).toContainText(/Ada Applause says/, { timeout: 15_000 });

    // Applause: reaction buttons float emoji over the video.
    await ada.getByRole("button", { name: "Applause" }).click();
    await bo.getByRole("button", { name: "Applause" }).click();
    await expect(ada.getByTestId("reaction-overlay").locator(".burst").first()).toBeAttached({ timeout: 10_000 });
    await expectAccessible(ada);

    // Moderation from the broadcast panel: the message goes for everyone, the heckler is muted and told.
    const bosMessage = organizer.getByTestId("chat-message").filter({ hasText: "spam.example" });
    await bosMessage.getByRole("button", { name: "Remove message from Bo Heckler" }).click();
    for (const page of [ada, bo, organizer])
      await expect(messages(page).filter({ hasText: "spam.example" })).toHaveCount(0);
    await organizer
      .getByTestId("chat-message")
      .filter({ hasText: "What a jump!" })
      .getByRole("button", { name: "Mute Ada Applause" })
      .click();
    await expect(ada.getByTestId("chat-blocked")).toHaveText(/muted you/);
    await expect(ada.getByTestId("chat-panel").getByRole("textbox", { name: "Message" })).toHaveCount(0);
    await expect(bo.getByTestId("chat-panel").getByRole("textbox", { name: "Message" })).toBeVisible();
    await say(bo, "Sorry about that");
    await expect(messages(ada).last()).toContainText("Sorry about that");
    await expectAccessible(organizer);

    // The panel collapses and opens from the keyboard.
    const toggle = bo.getByRole("button", { name: "Hide chat" });
    await toggle.focus();
    await bo.keyboard.press("Enter");
    await expect(bo.getByTestId("chat-messages")).toBeHidden();
    await bo.keyboard.press("Enter");
    await expect(bo.getByTestId("chat-messages")).toBeVisible();

    // The show ends; the replay shows each message when the video reaches its moment.
    await organizer.getByText("End the show…").click();
    await organizer.getByRole("button", { name: "Yes, end the show" }).click();
    await stopPush(ffmpeg);
    ffmpeg = undefined;
    await expect(bo.getByTestId("watch-status")).toHaveText("Replay", { timeout: 120_000 });
    await open(bo, `/shows/${id}/watch`);
    await expect(bo.getByRole("heading", { name: "Chat replay" })).toBeVisible();
    await expect(bo.getByTestId("chat-panel").getByRole("textbox", { name: "Message" })).toHaveCount(0);
    const video = bo.locator("video");
    await expect(video).toBeVisible({ timeout: 60_000 });
    await video.evaluate((element: HTMLVideoElement) => {
      element.pause();
      element.currentTime = 0;
    });
    await expect(messages(bo)).toHaveCount(0, { timeout: 10_000 });
    // The replay can be several recordings (under load the feed splits): run each part out until
    // the player is on the last one, then stand at its end, where every message has been shown.
    await expect
      .poll(
        async () => {
          await video.evaluate((element: HTMLVideoElement) => {
            if (!Number.isFinite(element.duration)) return;
            element.currentTime = Math.max(0, element.duration - 0.3);
            void element.play().catch(() => {});
          });
          return video.getAttribute("data-last-part");
        },
        { timeout: 90_000, intervals: [1_000] },
      )
      .toBe("true");
    await video.evaluate((element: HTMLVideoElement) => {
      element.pause();
      element.currentTime = Math.max(0, element.duration - 0.5);
    });
    await expect(messages(bo)).toHaveCount(4, { timeout: 10_000 });
    await expect(messages(bo).first()).toContainText("What a jump!");
    await expectAccessible(bo);

    // The organizer's analytics show the applause.
    await open(organizer, `/admin/shows/${id}/analytics`);
    await expect(organizer.getByTestId("applause-timeline").getByRole("table")).toBeVisible({ timeout: 30_000 });
    await expectAccessible(organizer);
  });
});
