// End of show -> replay playable, through the whole dev stack (stream-local, its webhooks, the
// API, signed playback), against Stream's (stream-local's) own recording-ready time in the same
// run: for each run a show is broadcast for a few seconds, its feed stops, the organizer ends it,
// and the clock runs until the fan's Performance.playback hands out a replay whose playlist plays.
//   node --import tsx bench/replay-ready.mjs [runs] [seconds of feed]     defaults: 3 runs, 8 s
import { startDevStack, startPublisher } from "@firestream/dev-support";
import { percentile } from "./lib/stats.mjs";

const RUNS = Number(process.argv[2] ?? 3);
const FEED_SECONDS = Number(process.argv[3] ?? 8);
const ORGANIZER = { email: "organizer@firestream.test", password: "firestream-organizer" };

const stack = await startDevStack({ env: { STREAM_RECORDING_TIMEOUT_SECONDS: "0" } });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function graphql(query, variables = {}, token) {
  const response = await fetch(`${stack.siteUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function until(check, what, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} not reached in ${timeoutMs / 1000} s`);
    await sleep(100);
  }
}

async function streamApi(path) {
  const response = await fetch(`${stack.streamApi}/accounts/local-account${path}`, {
    headers: { authorization: "Bearer stream-local-dev-token" },
  });
  const body = await response.json();
  if (!body.success) throw new Error(`stream-local ${path}: ${JSON.stringify(body.errors ?? body)}`);
  return body.result;
}

const status = async (id, token) =>
  (
    await graphql(
      `
        query ($id: ID!) {
          performance(id: $id) {
            status
          }
        }
      `,
      { id },
      token,
    )
  ).performance.status;

async function oneRun(organizer, n) {
  const { createPerformance } = await graphql(
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
        title: `Replay bench ${n} ${Date.now()}`,
        scheduledTime: new Date(Date.now() + 60_000).toISOString(),
        durationMinutes: 30,
      },
    },
    organizer,
  );
  const id = createPerformance.id;
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
  const publisher = startPublisher(`${performance.ingest.rtmpsUrl}${performance.ingest.streamKey}`, {
    size: "1280x720",
    seconds: 600,
  });
  await until(async () => ((await status(id, organizer)) === "LIVE" ? true : undefined), "LIVE");
  await sleep(FEED_SECONDS * 1000);
  const feedStoppedAt = Date.now();
  await publisher.kill();
  await until(async () => ((await status(id, organizer)) === "INTERRUPTED" ? true : undefined), "INTERRUPTED");
  const endedAt = Date.now();
  await graphql(
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
  await until(async () => {
    const { performance: show } = await graphql(
      `
        query ($id: ID!) {
          performance(id: $id) {
            playback {
              __typename
              ... on Playback {
                hlsUrl
              }
            }
          }
        }
      `,
      { id },
      organizer,
    );
    if (show.playback.__typename !== "Playback") return undefined;
    return (await fetch(show.playback.hlsUrl)).ok ? true : undefined;
  }, "replay playable");
  const playableAt = Date.now();
  const { liveInputs: inputs } = await streamApi("/stream/live_inputs");
  const input = inputs.find((candidate) => candidate.meta?.performanceId === id);
  if (!input) throw new Error(`no live input for show ${id}`);
  const videos = await streamApi(`/stream/live_inputs/${input.uid}/videos`);
  const streamReadyAt = Math.max(...videos.map((video) => Date.parse(video.readyToStreamAt)));
  return {
    streamReadySeconds: (streamReadyAt - feedStoppedAt) / 1000,
    playableAfterFeedSeconds: (playableAt - feedStoppedAt) / 1000,
    playableAfterEndSeconds: (playableAt - endedAt) / 1000,
  };
}

try {
  const organizer = (
    await graphql(
      `
        mutation ($input: SignInInput!) {
          signIn(input: $input) {
            ... on SignInPayload {
              token
            }
          }
        }
      `,
      { input: ORGANIZER },
    )
  ).signIn.token;
  const results = [];
  for (let n = 1; n <= RUNS; n++) {
    const result = await oneRun(organizer, n);
    results.push(result);
    console.log(
      `run ${n}: Stream ready ${result.streamReadySeconds.toFixed(2)} s after the feed stopped; replay playable ${result.playableAfterFeedSeconds.toFixed(2)} s after the feed stopped, ${result.playableAfterEndSeconds.toFixed(2)} s after the end`,
    );
  }
  const median = (key) =>
    percentile(
      results.map((result) => result[key]).sort((a, b) => a - b),
      50,
    );
  const stream = median("streamReadySeconds");
  const ours = median("playableAfterFeedSeconds");
  console.log(`\nmedian of ${RUNS} runs (${FEED_SECONDS} s of 720p feed each):`);
  console.log(`  Stream's own recording ready:   ${stream.toFixed(2)} s after the feed stopped`);
  console.log(`  replay playable for a fan:      ${ours.toFixed(2)} s after the feed stopped`);
  console.log(`  replay playable after "end":    ${median("playableAfterEndSeconds").toFixed(2)} s`);
  console.log(`  ratio (replay playable / Stream ready): ${(ours / Math.max(stream, 0.001)).toFixed(2)}`);
} finally {
  await stack.stop();
}
