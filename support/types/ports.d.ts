/**
 * A TCP port on 127.0.0.1 that nothing listens on right now (the OS picks it), for a process
 * that must be told its port before it starts.
 * @returns {Promise<number>}
 */
export function freePort(): Promise<number>;
/**
 * Polls `url` until it answers 2xx; returns that response.
 * @param {string | URL} url
 * @param {RequestInit} [init]
 * @param {number} [timeoutMs]
 * @returns {Promise<Response>}
 */
export function waitForUrl(url: string | URL, init?: RequestInit, timeoutMs?: number): Promise<Response>;
