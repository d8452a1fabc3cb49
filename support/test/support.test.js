import assert from "node:assert/strict";
import { createServer } from "node:net";
import { test } from "node:test";
import { CHROMIUM_ARGS, chromiumLaunchOptions, freePort, startPublisher, testPatternInputs } from "../src/index.js";

test("freePort gives a port that can be listened on at once", async () => {
  const port = await freePort();
  assert.ok(port > 0);
  const server = createServer();
  await new Promise((resolve, reject) =>
    server.once("error", reject).listen(port, "127.0.0.1", () => resolve(undefined)),
  );
  await new Promise((resolve) => server.close(resolve));
});

test("chromiumLaunchOptions adds autoplay only when asked, and never changes the shared flags", () => {
  const plain = chromiumLaunchOptions();
  const autoplay = chromiumLaunchOptions({ autoplay: true });
  assert.equal(plain.executablePath, "/usr/bin/chromium");
  assert.deepEqual(plain.args, [...CHROMIUM_ARGS]);
  assert.deepEqual(autoplay.args, [...CHROMIUM_ARGS, "--autoplay-policy=no-user-gesture-required"]);
  plain.args.push("--extra");
  assert.deepEqual(chromiumLaunchOptions().args, [...CHROMIUM_ARGS]);
});

test("testPatternInputs reads in real time unless told not to", () => {
  assert.deepEqual(testPatternInputs({ size: "640x360", realtime: false }), [
    ...["-f", "lavfi", "-i", "testsrc2=size=640x360:rate=30"],
    ...["-f", "lavfi", "-i", "sine=frequency=440"],
  ]);
  assert.equal(testPatternInputs()[0], "-re");
});

test("a publisher with nobody to push to exits with an error code", async () => {
  const publisher = startPublisher(`rtmp://127.0.0.1:${await freePort()}/live/nobody`, { seconds: 2 });
  assert.notEqual(await publisher.exited, 0);
});

test("kill ends a running publisher", async () => {
  const server = createServer(() => {}).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const publisher = startPublisher(`rtmp://127.0.0.1:${port}/live/key`);
  await publisher.kill();
  assert.equal(publisher.child.signalCode, "SIGKILL");
  server.close();
});
