/**
 * Paces what a polite live region says about new chat messages: at most one announcement every
 * `intervalMs`; messages arriving meanwhile are summed into the next one, so a busy chat never
 * floods a screen reader.
 */
export class PacedAnnouncer {
  #pending: { author: string; body: string }[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastAt = -Infinity;

  constructor(
    private readonly say: (text: string) => void,
    private readonly intervalMs = 4_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  add(author: string, body: string): void {
    this.#pending.push({ author, body });
    if (this.#timer) return;
    const wait = Math.max(0, this.#lastAt + this.intervalMs - this.now());
    this.#timer = setTimeout(() => this.#flush(), wait);
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = [];
  }

  #flush(): void {
    this.#timer = undefined;
    const pending = this.#pending;
    this.#pending = [];
    const latest = pending.at(-1);
    if (!latest) return;
    this.#lastAt = this.now();
    const text = `${latest.author} says: ${latest.body.slice(0, 140)}`;
    this.say(pending.length === 1 ? text : `${pending.length} new messages. Latest: ${text}`);
  }
}
