// Global setup: Cloudflare Stream for the API tests is a real stream-local, run as its own
// process on free ports with a throwaway data directory, and set up the way `stream-setup`
// sets up an account: a signing key for playback tokens. It also records one short show (a
// live input with a ready recording) for tests that look recordings up. (Webhooks are
// delivered by the tests themselves: the Worker under test has no address stream-local could
// post to; e2e/ covers that path.)
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startPublisher, streamLocalProcess } from "@firestream/dev-support";
import type { TestProject } from "vitest/node";
import { StreamClient } from "../src/stream/client";

const ACCOUNT = "local-account";
const TOKEN = "api-tests-token";

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), "firestream-api-test-stream-"));
  const [httpPort, rtmpPort] = [await freePort(), await freePort()];
  const streamLocal = streamLocalProcess({
    httpPort,
    rtmpPort,
    dataDir,
    accountId: ACCOUNT,
    apiToken: TOKEN,
    logLevel: "warn",
  });
  const child = spawn(streamLocal.command, streamLocal.args, {
    cwd: streamLocal.cwd,
    env: { ...process.env, ...streamLocal.env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const stop = () => stopProcess(child).then(() => rmSync(dataDir, { recursive: true, force: true }));
  try {
    const client = new StreamClient({
      apiBase: `http://127.0.0.1:${httpPort}/client/v4`,
      accountId: ACCOUNT,
      apiToken: TOKEN,
      playbackBase: `http://localhost:${httpPort}`,
    });
    await waitUntilUp(client);
    const key = await client.createSigningKey();
    const recorded = await recordShortShow(client, `rtmp://127.0.0.1:${rtmpPort}/live/`);
    project.provide("streamApiBase", `http://127.0.0.1:${httpPort}/client/v4`);
    project.provide("streamPlaybackBase", `http://localhost:${httpPort}`);
    project.provide("streamAccountId", ACCOUNT);
    project.provide("streamApiToken", TOKEN);
    project.provide("streamSigningKeyId", key.id);
    project.provide("streamSigningJwk", key.jwk);
    project.provide("recordedLiveInputId", recorded.inputId);
    project.provide("recordedVideoId", recorded.videoId);
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}

async function waitUntilUp(client: StreamClient): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      await client.createSigningKey();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error("stream-local did not start");
}

/** Pushes six seconds of test pattern to a new live input and waits for its recording. */
async function recordShortShow(client: StreamClient, rtmpUrl: string): Promise<{ inputId: string; videoId: string }> {
  const input = await client.createLiveInput({
    meta: { name: "recorded fixture" },
    recording: { mode: "automatic", timeoutSeconds: 0 },
  });
  const ffmpeg = startPublisher(`${rtmpUrl}${input.rtmps.streamKey}`, {
    size: "640x360",
    seconds: 6,
    stderr: "inherit",
  });
  await ffmpeg.exited;
  for (let attempt = 0; attempt < 120; attempt++) {
    const ready = (await client.listLiveInputVideos(input.uid)).find((video) => video.status.state === "ready");
    if (ready) return { inputId: input.uid, videoId: ready.uid };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the fixture recording did not become ready");
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
