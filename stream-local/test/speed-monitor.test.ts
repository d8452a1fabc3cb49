import { describe, expect, it } from "vitest";
import { SpeedMonitor } from "../src/ingest/speed-monitor";

const options = { warmupMs: 4000, windowMs: 6000, minimumSpeed: 0.85, minimumBacklogMs: 1500 };

/** Feeds one sample a second; the worker writes `workerSpeed` media seconds per input second. */
function run(monitor: SpeedMonitor, seconds: number, inputSpeed: number, workerSpeed: number): boolean[] {
  return Array.from({ length: seconds }, (_, second) =>
    monitor.add({
      atMs: second * 1000,
      inputMs: 50_000 + second * 1000 * inputSpeed,
      outputMs: second * 1000 * workerSpeed,
    }),
  );
}

describe("SpeedMonitor", () => {
  it("stays quiet while the worker keeps the input's pace", () => {
    expect(run(new SpeedMonitor(options), 30, 1, 1).some(Boolean)).toBe(false);
  });

  it("reports a worker that stays well under real time for a whole window", () => {
    const monitor = new SpeedMonitor(options);
    const verdicts = run(monitor, 30, 1, 0.6);
    expect(verdicts.indexOf(true)).toBe(10);
    expect(monitor.speed).toBeCloseTo(0.6);
  });

  it("ignores the warm-up, where probing makes the worker look slow", () => {
    const monitor = new SpeedMonitor(options);
    const slowStart = [0, 1, 2, 3].map((second) =>
      monitor.add({ atMs: second * 1000, inputMs: second * 1000, outputMs: 0 }),
    );
    expect(slowStart.some(Boolean)).toBe(false);
  });

  it("does not blame the worker for a publisher that is itself slow", () => {
    expect(run(new SpeedMonitor(options), 30, 0.6, 0.6).some(Boolean)).toBe(false);
  });
});
