/** What stream-local holds in memory for each live input while it broadcasts or waits through an intermission. */
import type { NmsSession } from "node-media-server";
import type { FeedInspector } from "./feed-inspector";
import type { Transcoder } from "./transcoder";

export interface Publisher {
  session: NmsSession;
  inspector: FeedInspector;
  singleRendition: boolean;
  crashTimes: number[];
  firstKeyframeTimer: NodeJS.Timeout | null;
  /** The part this publisher's latest worker wrote: a restarted worker continues it */
  lastPartDir: string | null;
}

export interface Recording {
  /** null when the input does not record: its live output is deleted afterwards */
  videoUid: string | null;
  dir: string;
  nextPart: number;
  /** The part the newest worker writes, which live playback serves */
  latestPartDir: string | null;
  workerExits: Array<Promise<unknown>>;
  finalizeTimer: NodeJS.Timeout | null;
}

export interface InputRuntime {
  inputUid: string;
  publisher: Publisher | null;
  recording: Recording | null;
  transcoder: Transcoder | null;
  restartTimer: NodeJS.Timeout | null;
}

export class InputRuntimes {
  readonly #byInput = new Map<string, InputRuntime>();

  get(inputUid: string): InputRuntime | undefined {
    return this.#byInput.get(inputUid);
  }

  /** The input's runtime, made on first use. */
  of(inputUid: string): InputRuntime {
    let runtime = this.#byInput.get(inputUid);
    if (!runtime) {
      runtime = { inputUid, publisher: null, recording: null, transcoder: null, restartTimer: null };
      this.#byInput.set(inputUid, runtime);
    }
    return runtime;
  }

  all(): InputRuntime[] {
    return [...this.#byInput.values()];
  }
}
