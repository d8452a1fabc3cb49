import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { RecordCollection, SingleRecord } from "./record-collection";

/**
 * Everything stream-local keeps across restarts: named collections of records, one JSON file each
 * under `<data dir>/state/`. The store knows names and keys only; each feature defines its records
 * and opens the collections it owns. A name opened twice is the same collection.
 */
export class StateStore {
  readonly #dir: string;
  readonly #opened = new Map<string, object>();

  constructor(dataDir: string) {
    this.#dir = join(dataDir, "state");
    mkdirSync(this.#dir, { recursive: true });
  }

  /** Records of one kind in `<name>.json`, by the key `keyOf` gives. */
  collection<T>(name: string, keyOf: (record: T) => string): RecordCollection<T> {
    let opened = this.#opened.get(name);
    if (!opened) this.#opened.set(name, (opened = new RecordCollection(this.#file(name), keyOf)));
    if (!(opened instanceof RecordCollection)) throw new Error(`state "${name}" holds a single record`);
    return opened as RecordCollection<T>;
  }

  /** One optional record in `<name>.json`. */
  single<T>(name: string): SingleRecord<T> {
    let opened = this.#opened.get(name);
    if (!opened) this.#opened.set(name, (opened = new SingleRecord<T>(this.#file(name))));
    if (!(opened instanceof SingleRecord)) throw new Error(`state "${name}" holds a collection`);
    return opened as SingleRecord<T>;
  }

  #file(name: string): string {
    return join(this.#dir, `${name}.json`);
  }
}

export function openStateStore(dataDir: string): StateStore {
  return new StateStore(dataDir);
}
