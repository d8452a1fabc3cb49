/**
 * Delivers webhooks in the background: a few attempts with growing pauses, failures logged, and
 * nothing ever waits on a delivery (least of all ingest).
 */
import type { Logger } from "../logger";

export interface WebhookDelivery {
  /** For log lines, e.g. "video webhook for <uid>" */
  description: string;
  url: string;
  body: string;
  /** Built per attempt, so a signature carries the time it was sent at */
  headers: () => Record<string, string>;
}

const RETRY_DELAYS_MS = [1000, 3000, 9000];
const ATTEMPT_TIMEOUT_MS = 10_000;

export class WebhookSender {
  readonly #log: Logger;
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #inFlight = new Set<AbortController>();
  #closed = false;

  constructor(log: Logger) {
    this.#log = log;
  }

  send(delivery: WebhookDelivery): void {
    this.#attempt(delivery, 0);
  }

  #attempt(delivery: WebhookDelivery, attempt: number): void {
    if (this.#closed) return;
    const controller = new AbortController();
    this.#inFlight.add(controller);
    const timeout = setTimeout(() => controller.abort(), ATTEMPT_TIMEOUT_MS);
    fetch(delivery.url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "stream-local", ...delivery.headers() },
      body: delivery.body,
      signal: controller.signal,
    })
      .then(async (response) => {
        await response.arrayBuffer().catch(() => undefined);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        this.#log.debug(`delivered ${delivery.description} to ${delivery.url}`);
      })
      .catch((error: unknown) => {
        if (this.#closed) return;
        const reason = error instanceof Error ? error.message : String(error);
        const delay = RETRY_DELAYS_MS[attempt];
        if (delay === undefined) {
          this.#log.error(
            `gave up on ${delivery.description} to ${delivery.url} after ${attempt + 1} attempts: ${reason}`,
          );
          return;
        }
        this.#log.warn(`${delivery.description} to ${delivery.url} failed (${reason}); retrying in ${delay / 1000} s`);
        const timer = setTimeout(() => {
          this.#timers.delete(timer);
          this.#attempt(delivery, attempt + 1);
        }, delay);
        this.#timers.add(timer);
      })
      .finally(() => {
        clearTimeout(timeout);
        this.#inFlight.delete(controller);
      });
  }

  close(): void {
    this.#closed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    for (const controller of this.#inFlight) controller.abort();
    this.#timers.clear();
  }
}
