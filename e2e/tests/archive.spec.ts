// A real broadcast's recording is copied into R2 by the archive job, and the organizer downloads
// it from the broadcast panel: the file is the whole archive (its size and SHA-256).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Publisher } from "@firestream/dev-support";
import { expect, test } from "@playwright/test";
import { DEMO, open, signInQuickly, uniqueTitle } from "./helpers";
import { createShow, graphqlAs, push, stopPush } from "./live-helpers";

test.describe("the recording's archive", () => {
  let ffmpeg: Publisher | undefined;
  test.afterEach(async () => {
    if (ffmpeg) await stopPush(ffmpeg);
    ffmpeg = undefined;
  });

  test("after a broadcast ends, R2 holds the whole recording and the organizer downloads it", async ({ page }) => {
    test.setTimeout(240_000);
    await signInQuickly(page, DEMO.organizer);
    const id = await createShow(page, uniqueTitle("Archived Fire"));
    await open(page, `/admin/shows/${id}/broadcast`);
    await page.getByRole("button", { name: "Show stream key" }).click();
    const streamKey = await page.getByLabel("Stream key", { exact: true }).inputValue();
    const serverUrl = await page.getByLabel("Server URL").inputValue();

    ffmpeg = push(`${serverUrl}${streamKey}`);
    await expect(page.getByTestId("signal-status")).toHaveText("On air", { timeout: 60_000 });
    await page.waitForTimeout(4000); // a few seconds of show to record
    await page.getByText("End the show…").click();
    await page.getByRole("button", { name: "Yes, end the show" }).click();
    await expect(page.getByTestId("signal-status")).toHaveText("The show is over");
    await stopPush(ffmpeg);
    ffmpeg = undefined;

    const archive = page.getByTestId("recording-archive");
    await expect(archive.getByTestId("archive-status")).toHaveText("Archived", { timeout: 150_000 });
    const data = await graphqlAs(
      page,
      `query ($id: ID!) { performance(id: $id) { recording { archive { status sizeBytes checksumSha256 } } } }`,
      { id },
    );
    const { sizeBytes, checksumSha256 } = data.performance.recording.archive;
    expect(sizeBytes).toBeGreaterThan(10_000);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      archive.getByRole("link", { name: "Download MP4" }).click(),
    ]);
    const file = readFileSync(await download.path());
    expect(file.byteLength).toBe(sizeBytes);
    expect(createHash("sha256").update(file).digest("hex")).toBe(checksumSha256);
    expect(file.subarray(4, 8).toString("latin1")).toBe("ftyp");

    // Signed out, the same link gives nothing.
    const link = await archive.getByRole("link", { name: "Download MP4" }).getAttribute("href");
    await page.context().clearCookies();
    expect((await page.request.get(link ?? "")).status()).toBe(401);
  });
});
