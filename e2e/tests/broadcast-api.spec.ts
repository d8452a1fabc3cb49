// A real broadcast through the whole stack, at the API level: stream-local ingests a synthetic
// ffmpeg feed, its webhooks reach the Worker, the show goes live on a subscription, a
// registered viewer plays the signed HLS, and its recordings become the replay within seconds of
// the end, with the whole rendition ladder; a fan who registers afterwards plays it, and once its
// window has closed nobody can.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { startPublisher } from "@firestream/dev-support";
import { expect, test } from "@playwright/test";
import { DEMO, open, signInQuickly, uniqueEmail, uniqueTitle } from "./helpers";

const run = promisify(execFile);
const site = () => process.env.FIRESTREAM_E2E_BASE_URL ?? "";

async function graphql<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${site()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

async function signIn(email: string, password: string): Promise<string> {
  const data = await graphql(
    `
      mutation ($input: SignInInput!) {
        signIn(input: $input) {
          ... on SignInPayload {
            token
          }
        }
      }
    `,
    {
      input: { email, password },
    },
  );
  return data.signIn.token;
}

async function signUp(email = uniqueEmail()): Promise<string> {
  const data = await graphql(
    `
      mutation ($input: SignUpInput!) {
        signUp(input: $input) {
          ... on SignInPayload {
            token
          }
        }
      }
    `,
    {
      input: { email, password: "a-long-enough-password", name: "Broadcast Fan" },
    },
  );
  return data.signUp.token;
}

/** performanceStatus over SSE, as a browser or `curl -N` would consume it. */
async function statusEvents(performanceId: string) {
  const query = `subscription ($id: ID!) { performanceStatus(id: $id) { change status } }`;
  const url = `${site()}/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify({ id: performanceId }))}`;
  const controller = new AbortController();
  const response = await fetch(url, { headers: { accept: "text/event-stream" }, signal: controller.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const seen: Array<{ change: string; status: string }> = [];
  let buffer = "";
  const pump = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (/^event: next$/m.test(block) && data) seen.push(JSON.parse(data).data.performanceStatus);
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    seen,
    async waitFor(status: string, timeoutMs = 60_000) {
      await expect.poll(() => seen.map((event) => event.status), { timeout: timeoutMs }).toContain(status);
    },
    async close() {
      controller.abort();
      await pump;
    },
  };
}

async function videoStreams(url: string): Promise<Array<{ codec_name: string; width: number; height: number }>> {
  const { stdout } = await run("ffprobe", [
    "-v",
    "error",
    "-show_entries",
    "stream=codec_type,codec_name,width,height",
    "-of",
    "json",
    url,
  ]);
  return (
    JSON.parse(stdout).streams as Array<{ codec_type: string; codec_name: string; width: number; height: number }>
  ).filter((stream) => stream.codec_type === "video");
}

test("a show is broadcast live to registered viewers only, survives an intermission and becomes a replay", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const organizer = await signIn(DEMO.organizer.email, DEMO.organizer.password);
  const fan = await signUp();
  const stranger = await signUp();

  const created = await graphql(
    `
      mutation ($input: CreatePerformanceInput!) {
        createPerformance(input: $input) {
          ... on Performance {
            id
          }
        }
      }
    `,
    {
      input: {
        title: uniqueTitle("Live Fire"),
        scheduledTime: new Date(Date.now() + 60_000).toISOString(),
        durationMinutes: 30,
      },
    },
    organizer,
  );
  const id: string = created.createPerformance.id;
  await graphql(
    `
      mutation ($id: ID!) {
        registerForPerformance(performanceId: $id) {
          __typename
        }
      }
    `,
    { id },
    fan,
  );
  const { performance } = await graphql(
    `
      query ($id: ID!) {
        performance(id: $id) {
          ingest {
            rtmpsUrl
            streamKey
          }
        }
      }
    `,
    { id },
    organizer,
  );
  const ingestUrl = `${performance.ingest.rtmpsUrl}${performance.ingest.streamKey}`;

  const events = await statusEvents(id);
  await events.waitFor("SCHEDULED");

  // The feed connects: the webhook makes the show LIVE, and subscribers hear it.
  let ffmpeg = startPublisher(ingestUrl, { seconds: 120 });
  await events.waitFor("LIVE");

  const playbackQuery = `query ($id: ID!) { performance(id: $id) { status playback { __typename ... on Playback { hlsUrl live } ... on Error { message } } } }`;
  const forFan = await graphql(playbackQuery, { id }, fan);
  expect(forFan.performance.playback).toMatchObject({ __typename: "Playback", live: true });
  const hlsUrl: string = forFan.performance.playback.hlsUrl;

  // Two renditions, H.264, through the signed URL.
  await expect
    .poll(async () => (await fetch(hlsUrl)).status, { timeout: 30_000, message: "the live playlist is served" })
    .toBe(200);
  const master = await (await fetch(hlsUrl)).text();
  expect(master.match(/#EXT-X-STREAM-INF/g)?.length).toBe(2);
  const streams = await videoStreams(hlsUrl);
  expect(streams.map((stream) => stream.codec_name)).toEqual(["h264", "h264"]);
  expect(streams.map((stream) => stream.height).sort((a, b) => a - b)).toEqual([360, 720]);

  // Not registered: a typed error, and no URL.
  const forStranger = await graphql(playbackQuery, { id }, stranger);
  expect(forStranger.performance.playback.__typename).toBe("ForbiddenError");
  // A tampered token gets 401 and no media.
  const tampered = hlsUrl.replace(
    /\/([^/]+)\/manifest\//,
    (_match, token: string) => `/${token.slice(0, -4)}AAAA/manifest/`,
  );
  expect((await fetch(tampered)).status).toBe(401);

  // An intermission: the feed drops and comes back; it is still one show.
  await ffmpeg.kill();
  await events.waitFor("INTERRUPTED");
  ffmpeg = startPublisher(ingestUrl, { seconds: 120 });
  await expect.poll(() => events.seen.filter((event) => event.status === "LIVE").length, { timeout: 60_000 }).toBe(2);
  // The second half plays for a few seconds.
  await expect
    .poll(async () => (await fetch((await graphql(playbackQuery, { id }, fan)).performance.playback.hlsUrl)).status, {
      timeout: 30_000,
    })
    .toBe(200);
  await new Promise((resolve) => setTimeout(resolve, 4_000));

  // The organizer ends the show once its feed has stopped.
  await ffmpeg.kill();
  await events.waitFor("INTERRUPTED");
  const endedAt = Date.now();
  const ended = await graphql(
    `
      mutation ($id: ID!) {
        endPerformance(id: $id) {
          __typename
          ... on Performance {
            status
          }
        }
      }
    `,
    { id },
    organizer,
  );
  expect(ended.endPerformance).toEqual({ __typename: "Performance", status: "ENDED" });
  await events.waitFor("ENDED");
  await events.close();
  // Ending twice is refused and changes nothing.
  const again = await graphql(
    `
      mutation ($id: ID!) {
        endPerformance(id: $id) {
          __typename
        }
      }
    `,
    { id },
    organizer,
  );
  expect(again.endPerformance.__typename).toBe("IllegalTransitionError");

  // The replay: playable within seconds (asserted by behaviour; the time is printed).
  const replayQuery = `query ($id: ID!) { performance(id: $id) { status replayStatus recording { durationSeconds renditions } playback { __typename ... on Playback { hlsUrl live parts { hlsUrl durationSeconds } } ... on Error { message } } } }`;
  await expect
    .poll(async () => (await graphql(replayQuery, { id }, fan)).performance.playback.__typename, { timeout: 120_000 })
    .toBe("Playback");
  const replay = await graphql(replayQuery, { id }, fan);
  const parts: Array<{ hlsUrl: string; durationSeconds: number }> = replay.performance.playback.parts;
  expect((await fetch(parts[0]!.hlsUrl)).status).toBe(200);
  console.log(`replay playable ${((Date.now() - endedAt) / 1000).toFixed(1)} s after the show was ended`);
  expect(replay.performance).toMatchObject({
    status: "ENDED",
    replayStatus: "READY",
    recording: { renditions: ["720p", "360p"] },
    playback: { __typename: "Playback", live: false },
  });
  // The intermission made a second recording; the replay plays both, in order, as one show.
  const inputId = await liveInputOf(id);
  const recordings = await (
    await fetch(
      `${process.env.FIRESTREAM_E2E_STREAM_API}/accounts/local-account/stream/live_inputs/${inputId}/videos`,
      {
        headers: { authorization: "Bearer stream-local-dev-token" },
      },
    )
  ).json();
  expect(recordings.result).toHaveLength(2);
  expect(parts).toHaveLength(2);
  for (const part of parts) {
    const replayStreams = await videoStreams(part.hlsUrl);
    expect(replayStreams.every((stream) => stream.codec_name === "h264")).toBe(true);
    expect(replayStreams.map((stream) => stream.height).sort((a, b) => a - b)).toEqual([360, 720]);
  }

  // A fan who registers after the show plays the replay.
  const lateEmail = uniqueEmail();
  const lateFan = await signUp(lateEmail);
  const late = await graphql(
    `
      mutation ($id: ID!) {
        registerForPerformance(performanceId: $id) {
          __typename
        }
      }
    `,
    { id },
    lateFan,
  );
  expect(late.registerForPerformance.__typename).toBe("Registration");
  const latePlayback = (await graphql(replayQuery, { id }, lateFan)).performance.playback;
  expect(latePlayback.__typename).toBe("Playback");
  expect((await fetch(latePlayback.parts[1].hlsUrl)).status).toBe(200);

  // The window closes (the organizer sets it to none): nobody can play or register any more.
  await graphql(
    `
      mutation ($id: ID!) {
        updatePerformance(id: $id, input: { replayWindowHours: 0 }) {
          __typename
        }
      }
    `,
    { id },
    organizer,
  );
  for (const token of [fan, lateFan, organizer]) {
    expect((await graphql(replayQuery, { id }, token)).performance.playback.__typename).toBe("ReplayExpiredError");
  }
  const tooLate = await graphql(
    `
      mutation ($id: ID!) {
        registerForPerformance(performanceId: $id) {
          __typename
        }
      }
    `,
    { id },
    stranger,
  );
  expect(tooLate.registerForPerformance.__typename).toBe("ReplayExpiredError");
  await signInQuickly(page, { email: lateEmail, password: "a-long-enough-password" });
  await open(page, `/shows/${id}/watch`);
  await expect(page.getByTestId("replay-expired")).toHaveText("The replay has closed");
});

/** The show's live input, found in stream-local by the performance id the API put in its meta. */
async function liveInputOf(id: string): Promise<string> {
  const list = await (
    await fetch(`${process.env.FIRESTREAM_E2E_STREAM_API}/accounts/local-account/stream/live_inputs`, {
      headers: { authorization: "Bearer stream-local-dev-token" },
    })
  ).json();
  const input = (list.result.liveInputs as Array<{ uid: string; meta: { performanceId?: string } }>).find(
    (item) => item.meta.performanceId === id,
  );
  if (!input) throw new Error(`no live input for ${id}`);
  return input.uid;
}
