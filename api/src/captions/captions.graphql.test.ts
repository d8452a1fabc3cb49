import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { attachReplay, db, insertPerformance, organizer, viewer } from "../../test/fixtures";
import { graphql } from "../../test/graphql";
import { execute, executeOk, expectTypename } from "../../test/graphql-client";
import { StreamClient } from "../stream/client";
import { MAX_CAPTION_BYTES } from "./captions.service";

const UploadCaptions = graphql(`
  mutation UploadCaptions($performanceId: ID!, $language: String!, $file: File!) {
    uploadCaptions(performanceId: $performanceId, language: $language, file: $file) {
      __typename
      ... on CaptionTrack {
        language
        label
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const ShowCaptions = graphql(`
  query ShowCaptions($id: ID!) {
    performance(id: $id) {
      captions {
        language
        label
      }
      playback {
        __typename
        ... on Playback {
          hlsUrl
        }
      }
    }
  }
`);

const VTT = "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nThe flames rise\n";
const vtt = (text = VTT) => new File([text], "captions.vtt", { type: "text/vtt" });

const stream = () =>
  new StreamClient({
    apiBase: env.STREAM_API_BASE,
    accountId: env.STREAM_ACCOUNT_ID,
    apiToken: env.STREAM_API_TOKEN,
    playbackBase: env.STREAM_PLAYBACK_BASE,
  });

/** An ended show whose replay is the test stream-local's recording. */
async function endedShowWithRecording(): Promise<string> {
  const id = await insertPerformance({
    status: "ENDED",
    scheduled_time: new Date(Date.now() - 3 * 3_600_000).toISOString(),
    ended_at: new Date(Date.now() - 3_600_000).toISOString(),
  });
  await attachReplay(id, { videoId: env.RECORDED_VIDEO_ID, durationSeconds: 3 });
  return id;
}

async function upload(performanceId: string, language: string, file: File, token?: string) {
  const result = await execute(
    UploadCaptions,
    { performanceId, language, file: null as never },
    {
      token,
      files: { file },
    },
  );
  return result.data?.uploadCaptions;
}

const storedCaptions = (performanceId: string) =>
  db().selectFrom("recording_captions").selectAll().where("performance_id", "=", performanceId).execute();

describe("uploadCaptions", () => {
  it("gives the recording a caption track that the replay's HLS offers as subtitles", async () => {
    const { token } = await organizer();
    const id = await endedShowWithRecording();

    const added = await upload(id, "en", vtt(), token);
    expect(added).toEqual({ __typename: "CaptionTrack", language: "en", label: "English" });

    const show = (await executeOk(ShowCaptions, { id }, { token })).performance;
    expect(show?.captions).toEqual([{ language: "en", label: "English" }]);
    expect(await stream().captionsVtt(env.RECORDED_VIDEO_ID, "en")).toBe(VTT);
    const playback = expectTypename(show?.playback ?? { __typename: "missing" }, "Playback");
    const master = await (await fetch(playback.hlsUrl)).text();
    expect(master).toContain('TYPE=SUBTITLES,GROUP-ID="subs",NAME="English",LANGUAGE="en"');
  });

  it("replaces a language's file when it is uploaded again, keeping one track", async () => {
    const { token } = await organizer();
    const id = await endedShowWithRecording();
    await upload(id, "fr", vtt(), token);
    const second = `${VTT}\n00:00:01.000 --> 00:00:02.000\nEncore\n`;
    await upload(id, "fr", vtt(second), token);
    expect((await storedCaptions(id)).map((row) => row.language)).toEqual(["fr"]);
    expect(await stream().captionsVtt(env.RECORDED_VIDEO_ID, "fr")).toBe(second);
  });

  it("keeps every language of uploads made at the same time", async () => {
    const { token } = await organizer();
    const id = await endedShowWithRecording();
    const languages = ["de", "es", "pt-BR"];
    const results = await Promise.all(languages.map((language) => upload(id, language, vtt(), token)));
    expect(results.map((result) => result?.__typename)).toEqual(["CaptionTrack", "CaptionTrack", "CaptionTrack"]);
    const show = (await executeOk(ShowCaptions, { id })).performance;
    expect(show?.captions.map((caption) => caption.language)).toEqual(["de", "es", "pt-BR"]);
    expect(show?.captions.find((caption) => caption.language === "pt-BR")?.label).toBe("Brazilian Portuguese");
  });

  it("refuses a signed-out caller and a viewer, and stores nothing", async () => {
    const id = await endedShowWithRecording();
    expect((await upload(id, "en", vtt()))?.__typename).toBe("UnauthenticatedError");
    const { token } = await viewer();
    expect((await upload(id, "en", vtt(), token))?.__typename).toBe("ForbiddenError");
    expect(await storedCaptions(id)).toEqual([]);
  });

  it("reports a bad language tag and a file that is not WebVTT together, and stores nothing", async () => {
    const { token } = await organizer();
    const id = await endedShowWithRecording();
    const refused = await upload(id, "English", vtt("1\n00:00:00,000 --> 00:00:01,000\nan SRT file\n"), token);
    expect(expectTypename(refused ?? { __typename: "missing" }, "ValidationError").issues).toEqual([
      { path: ["language"], message: "must be a language tag such as en or pt-BR" },
      { path: ["file"], message: "must be a WebVTT file (it starts with WEBVTT)" },
    ]);
    expect(await storedCaptions(id)).toEqual([]);
  });

  it("refuses an empty file, a file that is not UTF-8 and one over the size limit", async () => {
    const { token } = await organizer();
    const id = await endedShowWithRecording();
    const messages = async (file: File) =>
      expectTypename((await upload(id, "en", file, token)) ?? { __typename: "missing" }, "ValidationError").issues.map(
        (issue) => issue.message,
      );
    expect(await messages(vtt(""))).toEqual(["must not be empty"]);
    expect(
      await messages(new File([new Uint8Array([0x57, 0x45, 0x42, 0x56, 0x54, 0x54, 0x0a, 0xff])], "x.vtt")),
    ).toEqual(["must be UTF-8 text"]);
    expect(await messages(vtt(`WEBVTT\n\n${"x".repeat(MAX_CAPTION_BYTES)}`))).toEqual(["must be at most 512 KB"]);
    expect(await storedCaptions(id)).toEqual([]);
  });

  it("answers NotAvailableError before the recording is ready and NotFoundError for an unknown show", async () => {
    const { token } = await organizer();
    const scheduled = await insertPerformance();
    expect((await upload(scheduled, "en", vtt(), token))?.__typename).toBe("NotAvailableError");
    expect((await upload(crypto.randomUUID(), "en", vtt(), token))?.__typename).toBe("NotFoundError");
  });

  it("says Stream is not answering, and stores nothing, when Stream is down", async () => {
    const { token } = await organizer();
    const id = await endedShowWithRecording();
    const down = { ...env, STREAM_API_BASE: env.REFUSING_STREAM_BASE } as Env;
    const result = await execute(
      UploadCaptions,
      { performanceId: id, language: "en", file: null as never },
      {
        token,
        files: { file: vtt() },
        env: down,
      },
    );
    expect(result.data?.uploadCaptions?.__typename).toBe("StreamUnavailableError");
    expect(await storedCaptions(id)).toEqual([]);
  });
});
