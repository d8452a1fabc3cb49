/**
 * A small HTTP router over node:http: patterns like `/stream/live_inputs/:uid`, handlers that
 * return a reply (JSON, text, bytes or a file) instead of writing to the response.
 */
import { createReadStream, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";

export interface Request {
  params: Record<string, string>;
  headers: IncomingMessage["headers"];
  /** The peer's address, IPv4-mapped IPv6 unwrapped */
  clientIp: string;
  body(): Promise<Buffer>;
}

export type ReplyBody =
  { json: unknown } | { text: string } | { bytes: Uint8Array } | { file: string } | { none: true };

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body: ReplyBody;
}

export type Handler = (request: Request) => Promise<Reply> | Reply;

export function textReply(status: number, message: string, headers: Record<string, string> = {}): Reply {
  return { status, headers, body: { text: message } };
}

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

export class Router {
  readonly #routes: Route[] = [];

  add(method: string, path: string, handler: Handler): this {
    const names: string[] = [];
    const source = path
      .split("/")
      .map((segment) => {
        if (!segment.startsWith(":")) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        names.push(segment.slice(1));
        return "([^/]+)";
      })
      .join("/");
    this.#routes.push({ method, pattern: new RegExp(`^${source}$`), names, handler });
    return this;
  }

  /** The matching route's handler; `methodNotAllowed` when only the method differs. */
  match(
    method: string,
    path: string,
  ): { handler: Handler; params: Record<string, string> } | "methodNotAllowed" | undefined {
    let pathMatched = false;
    for (const route of this.#routes) {
      const found = route.pattern.exec(path);
      if (!found) continue;
      pathMatched = true;
      if (route.method !== method && !(route.method === "GET" && method === "HEAD")) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(found[i + 1]!);
      });
      return { handler: route.handler, params };
    }
    return pathMatched ? "methodNotAllowed" : undefined;
  }
}

/** The path of a request, without its query. */
export function pathOf(message: IncomingMessage): string {
  return new URL(message.url ?? "/", "http://stream-local").pathname;
}

export function toRequest(message: IncomingMessage, params: Record<string, string>): Request {
  let body: Promise<Buffer> | undefined;
  return {
    params,
    headers: message.headers,
    clientIp: (message.socket.remoteAddress ?? "").replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, ""),
    body: () =>
      (body ??= new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        let size = 0;
        message.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BODY_BYTES) {
            reject(new Error("request body too large"));
            message.destroy();
            return;
          }
          chunks.push(chunk);
        });
        message.once("end", () => resolve(Buffer.concat(chunks)));
        message.once("error", reject);
      })),
  };
}

const MAX_BODY_BYTES = 1024 * 1024;

export function sendReply(message: IncomingMessage, response: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers };
  const head = message.method === "HEAD";
  const body = reply.body;
  if ("file" in body) {
    sendFile(message, response, reply.status, headers, body.file);
    return;
  }
  let payload: Uint8Array | string = "";
  if ("json" in body) {
    payload = JSON.stringify(body.json);
    headers["content-type"] ??= "application/json; charset=utf-8";
  } else if ("text" in body) {
    payload = body.text;
    headers["content-type"] ??= "text/plain; charset=utf-8";
  } else if ("bytes" in body) {
    payload = body.bytes;
  }
  headers["content-length"] = String(Buffer.byteLength(payload));
  response.writeHead(reply.status, headers);
  response.end(head ? undefined : payload);
}

/** Files go out streamed, with single byte ranges (video elements seek MP4s with them). */
function sendFile(
  message: IncomingMessage,
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  file: string,
): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    response.end("Not Found");
    return;
  }
  headers["accept-ranges"] = "bytes";
  const range = /^bytes=(\d*)-(\d*)$/.exec(message.headers.range ?? "");
  let start = 0;
  let end = size - 1;
  if (range && status === 200 && (range[1] || range[2])) {
    start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start > end || start >= size) {
      response.writeHead(416, { ...headers, "content-range": `bytes */${size}` });
      response.end();
      return;
    }
    status = 206;
    headers["content-range"] = `bytes ${start}-${end}/${size}`;
  }
  headers["content-length"] = String(size === 0 ? 0 : end - start + 1);
  response.writeHead(status, headers);
  if (message.method === "HEAD" || size === 0) {
    response.end();
    return;
  }
  const stream = createReadStream(file, { start, end });
  stream.once("error", () => response.destroy());
  stream.pipe(response);
}
