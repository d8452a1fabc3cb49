/**
 * A push-based async iterator: producers `push`, one consumer iterates. `return()` (called by
 * Yoga when a subscriber goes away) ends it at once, even while the consumer is waiting, and
 * runs the cleanup.
 */
export class Channel<T> implements AsyncIterableIterator<T> {
  readonly #queue: T[] = [];
  #waiting: ((result: IteratorResult<T>) => void) | undefined;
  #done = false;
  #keep: (value: T) => boolean = () => true;
  readonly #onEnd: () => void;

  constructor(onEnd: () => void = () => {}) {
    this.#onEnd = onEnd;
  }

  /** Puts `value` before everything queued, e.g. the current state ahead of buffered events. */
  prepend(value: T): void {
    if (this.#done) return;
    if (this.#waiting) this.push(value);
    else this.#queue.unshift(value);
  }

  /** Drops queued and future values that fail `keep`. */
  filter(keep: (value: T) => boolean): this {
    this.#keep = keep;
    this.#queue.splice(0, this.#queue.length, ...this.#queue.filter(keep));
    return this;
  }

  push(value: T): void {
    if (this.#done || !this.#keep(value)) return;
    if (this.#waiting) {
      this.#waiting({ value, done: false });
      this.#waiting = undefined;
    } else {
      this.#queue.push(value);
    }
  }

  end(): void {
    if (this.#done) return;
    this.#done = true;
    this.#waiting?.({ value: undefined, done: true });
    this.#waiting = undefined;
    this.#onEnd();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.#queue.length > 0) return Promise.resolve({ value: this.#queue.shift() as T, done: false });
    if (this.#done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.#waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
