/** Live viewers of an input: distinct clients that fetched its live HLS in the last 30 s. */
const VIEWER_WINDOW_MS = 30_000;

export class LiveViewers {
  readonly #lastSeen = new Map<string, Map<string, number>>();

  saw(inputUid: string, clientKey: string, now = Date.now()): void {
    let clients = this.#lastSeen.get(inputUid);
    if (!clients) {
      clients = new Map();
      this.#lastSeen.set(inputUid, clients);
    }
    clients.set(clientKey, now);
  }

  count(inputUid: string, now = Date.now()): number {
    const clients = this.#lastSeen.get(inputUid);
    if (!clients) return 0;
    for (const [client, seenAt] of clients) if (now - seenAt > VIEWER_WINDOW_MS) clients.delete(client);
    return clients.size;
  }
}
