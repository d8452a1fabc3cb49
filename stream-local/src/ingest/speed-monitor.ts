/**
 * Decides when an ffmpeg worker cannot keep real time. Its progress is compared with the input's
 * own advance rather than with the wall clock, so a publisher that itself runs slow (a busy
 * machine pushing with `-re`) does not count against the worker.
 */
export interface ProgressSample {
  atMs: number;
  /** How far the input has arrived, in media ms */
  inputMs: number;
  /** How far the worker has written, in media ms */
  outputMs: number;
}

export interface SpeedMonitorOptions {
  /** Ignore the start, where probing and the cached GOP distort the rate */
  warmupMs: number;
  /** The span the speed is measured over */
  windowMs: number;
  /** Output speed relative to the input below which the worker is behind */
  minimumSpeed: number;
  /** And the backlog that must have built up over the window */
  minimumBacklogMs: number;
}

export const DEFAULT_SPEED_MONITOR_OPTIONS: SpeedMonitorOptions = {
  warmupMs: 8000,
  windowMs: 8000,
  minimumSpeed: 0.85,
  minimumBacklogMs: 1500,
};

export class SpeedMonitor {
  readonly #options: SpeedMonitorOptions;
  readonly #samples: ProgressSample[] = [];
  #startedAtMs: number | null = null;
  /** Output speed relative to the input over the last window, once measured */
  speed: number | null = null;

  constructor(options: SpeedMonitorOptions) {
    this.#options = options;
  }

  /** Adds a sample; answers true when the worker has stayed behind the input for a whole window. */
  add(sample: ProgressSample): boolean {
    this.#startedAtMs ??= sample.atMs;
    if (sample.atMs - this.#startedAtMs < this.#options.warmupMs) return false;
    this.#samples.push(sample);
    while (this.#samples.length > 2 && sample.atMs - this.#samples[1]!.atMs >= this.#options.windowMs)
      this.#samples.shift();
    const first = this.#samples[0]!;
    if (sample.atMs - first.atMs < this.#options.windowMs) return false;
    const inputAdvance = sample.inputMs - first.inputMs;
    const outputAdvance = sample.outputMs - first.outputMs;
    if (inputAdvance <= 0) return false;
    this.speed = outputAdvance / inputAdvance;
    return this.speed < this.#options.minimumSpeed && inputAdvance - outputAdvance >= this.#options.minimumBacklogMs;
  }
}
