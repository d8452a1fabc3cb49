import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StreamApiError, type Video } from "../../api/src/stream/client";
import { eventually } from "./support/eventually";
import { seedUnfinishedRecording } from "./support/seed-recording";
import { makeTempDataDir, startTestStreamLocal, type TestStreamLocal } from "./support/test-stream-local";

const VTT = "WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nThe fire-eater steps forward\n";

describe("captions of a video", () => {
  let local: TestStreamLocal;
  let video: Video;
  const dataDir = makeTempDataDir();

  const put = (language: string, body: FormData | string, headers: Record<string, string> = {}) => {
    const { apiBase, accountId, apiToken } = local.streamLocal;
    return fetch(`${apiBase}/accounts/${accountId}/stream/${video.uid}/captions/${language}`, {
      method: "PUT",
      headers: { authorization: `Bearer ${apiToken}`, ...headers },
      body,
    });
  };
  const form = (content: string | Uint8Array, field = "file") => {
    const data = new FormData();
    data.set(field, new Blob([content], { type: "text/vtt" }), "captions.vtt");
    return data;
  };
  const playback = (path: string) => fetch(`${local.streamLocal.httpUrl}/${video.uid}/manifest/${path}`);
  const refusal = async (response: Response) => ({
    status: response.status,
    message: ((await response.json()) as { errors: Array<{ message: string }> }).errors[0]?.message,
  });

  beforeAll(async () => {
    const seeded = await seedUnfinishedRecording(dataDir, { requireSignedURLs: false });
    local = await startTestStreamLocal({ dataDir });
    video = await eventually(
      async () => {
        const found = await local.client.getVideo(seeded.uid);
        return found.readyToStream ? found : undefined;
      },
      { what: "seeded recording ready" },
    );
  });
  afterAll(async () => {
    await local?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("become a subtitles group of the master playlist that every variant names", async () => {
    expect(await (await playback("video.m3u8")).text()).not.toContain("SUBTITLES");
    await local.client.uploadCaptions(video.uid, "en", new Blob([VTT]));

    const master = await (await playback("video.m3u8")).text();
    expect(master).toContain(
      '#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="English",LANGUAGE="en",AUTOSELECT=YES,DEFAULT=NO,FORCED=NO,URI="captions/en.m3u8"',
    );
    const variants = master.split("\n").filter((line) => line.startsWith("#EXT-X-STREAM-INF:"));
    expect(variants.length).toBeGreaterThan(0);
    expect(variants.every((line) => line.endsWith(',SUBTITLES="subs"'))).toBe(true);

    const playlist = await playback("captions/en.m3u8");
    expect(playlist.headers.get("content-type")).toBe("application/vnd.apple.mpegurl");
    const text = await playlist.text();
    expect(text).toContain("#EXT-X-PLAYLIST-TYPE:VOD");
    expect(text).toContain("\nen.vtt\n#EXT-X-ENDLIST");
    const file = await playback("captions/en.vtt");
    expect(file.headers.get("content-type")).toBe("text/vtt; charset=utf-8");
    expect(await file.text()).toBe(VTT);
  });

  it("replace the file of a language uploaded again, and keep each language once", async () => {
    await local.client.uploadCaptions(video.uid, "fr", new Blob([VTT]));
    const replaced = `${VTT}\n00:00:01.500 --> 00:00:02.000\nEncore\n`;
    await local.client.uploadCaptions(video.uid, "fr", new Blob([replaced]));
    expect(await local.client.captionsVtt(video.uid, "fr")).toBe(replaced);
    const languages = (await local.client.listCaptions(video.uid)).map((caption) => caption.language);
    expect(languages.filter((language) => language === "fr")).toHaveLength(1);
  });

  it("keep every language of uploads made at the same time", async () => {
    const languages = ["de", "es", "it", "pt-BR", "nl"];
    await Promise.all(languages.map((language) => local.client.uploadCaptions(video.uid, language, new Blob([VTT]))));
    const listed = await local.client.listCaptions(video.uid);
    expect(listed.map((caption) => caption.language)).toEqual(expect.arrayContaining(languages));
    expect(listed.find((caption) => caption.language === "pt-BR")?.label).toBe("Brazilian Portuguese");
  });

  it("refuse what is not a WebVTT file of a known shape, and keep what was there", async () => {
    const cases: Array<[string, Response]> = [
      ["the file does not start with WEBVTT", await put("en", form("1\n00:00:00,000 --> 00:00:01,000\nSRT\n"))],
      ["the file is empty", await put("en", form(""))],
      [
        "the file is not UTF-8",
        await put("en", form(new Uint8Array([0x57, 0x45, 0x42, 0x56, 0x54, 0x54, 0x0a, 0xff, 0xfe]))),
      ],
      ["the multipart body has no file field", await put("en", form(VTT, "caption"))],
      ["send the file as multipart/form-data", await put("en", VTT, { "content-type": "text/vtt" })],
      ["the language must be a BCP 47 tag such as en or pt-BR", await put("english!", form(VTT))],
    ];
    for (const [message, response] of cases) {
      expect(await refusal(response)).toEqual({ status: 400, message: `Bad Request: ${message}` });
    }
    expect(await local.client.captionsVtt(video.uid, "en")).toBe(VTT);
  });

  it("refuse a file over the size limit", async () => {
    const huge = await put("en", form(`WEBVTT\n\n${"x".repeat(600 * 1024)}`));
    expect([400, 413]).toContain(huge.status);
    expect(await local.client.captionsVtt(video.uid, "en")).toBe(VTT);
  });

  it("are gone from the list, the playlist and the API once deleted", async () => {
    await local.client.uploadCaptions(video.uid, "sv", new Blob([VTT]));
    await local.client.deleteCaptions(video.uid, "sv");
    expect((await local.client.listCaptions(video.uid)).map((caption) => caption.language)).not.toContain("sv");
    expect((await playback("captions/sv.m3u8")).status).toBe(404);
    expect(await (await playback("video.m3u8")).text()).not.toContain('LANGUAGE="sv"');
    const missing = await local.client.captionsVtt(video.uid, "sv").catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(StreamApiError);
    expect((missing as StreamApiError).status).toBe(404);
  });

  it("answer 404 for a track the video does not have or a malformed name", async () => {
    expect((await playback("captions/ja.vtt")).status).toBe(404);
    expect((await playback("captions/..%2Fvod.vtt")).status).toBe(404);
    expect((await playback("captions/en.srt")).status).toBe(404);
  });
});
