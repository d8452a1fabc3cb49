import { readJsonFile, writeJsonFileAtomic } from "./json-file";

/**
 * Records of one kind, held in memory and written whole to one JSON file on every change.
 * stream-local's state is small (inputs, recordings, keys), so whole-file atomic writes stay cheap.
 */
export class RecordCollection<T> {
  readonly #file: string;
  readonly #keyOf: (record: T) => string;
  readonly #records: Map<string, T>;

  constructor(file: string, keyOf: (record: T) => string) {
    this.#file = file;
    this.#keyOf = keyOf;
    this.#records = new Map(readJsonFile<T[]>(file, []).map((record) => [keyOf(record), record]));
  }

  get(key: string): T | undefined {
    return this.#records.get(key);
  }

  list(): T[] {
    return [...this.#records.values()];
  }

  find(predicate: (record: T) => boolean): T | undefined {
    for (const record of this.#records.values()) if (predicate(record)) return record;
    return undefined;
  }

  put(record: T): T {
    this.#records.set(this.#keyOf(record), record);
    this.#save();
    return record;
  }

  delete(key: string): boolean {
    const existed = this.#records.delete(key);
    if (existed) this.#save();
    return existed;
  }

  #save(): void {
    writeJsonFileAtomic(this.#file, this.list());
  }
}

/** A single optional record in its own file. */
export class SingleRecord<T> {
  readonly #file: string;
  #value: T | null;

  constructor(file: string) {
    this.#file = file;
    this.#value = readJsonFile<T | null>(file, null);
  }

  get(): T | null {
    return this.#value;
  }

  set(value: T | null): void {
    this.#value = value;
    writeJsonFileAtomic(this.#file, value);
  }
}
