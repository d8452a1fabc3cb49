/**
 * node-media-server 4.4.3 in-process, for RTMP ingest only (no HTTP-FLV, no recording, no admin).
 * Its events go through one module-wide emitter, so the listeners added here are removed on close.
 */
import NodeMediaServer, { type NmsSession } from "node-media-server";
import nmsContext from "node-media-server/src/core/context.js";
import nmsLogger from "node-media-server/src/core/logger.js";
import { redactStreamKeys } from "../live-inputs/live-input";
import type { Logger } from "../logger";

export interface RtmpEvents {
  /** Emitted for every publish attempt; ending the session refuses it. */
  prePublish(session: NmsSession): void;
  /** Also emitted for sessions refused in prePublish. */
  postPublish(session: NmsSession): void;
  prePlay(session: NmsSession): void;
}

export interface RtmpServer {
  close(): Promise<void>;
}

let serverInThisProcess = false;

export async function startRtmpServer(options: {
  port: number;
  storeDir: string;
  events: RtmpEvents;
  log: Logger;
}): Promise<RtmpServer> {
  // Sessions, streams and events live in module-wide state: two servers would see each other's publishers.
  if (serverInThisProcess) throw new Error("node-media-server allows one stream-local per process");
  serverInThisProcess = true;
  // Its lines name stream paths, which hold stream keys, and its constructor turns it up to debug:
  // they go to stream-local's debug log, keys masked. stream-local logs the events that matter.
  nmsLogger.log = (message, level = "info") => {
    if (level !== "trace" && level !== "debug") options.log.debug(`node-media-server: ${redactStreamKeys(message)}`);
  };
  const server = new NodeMediaServer({
    rtmp: { port: options.port },
    store: { path: options.storeDir },
    webadmin: { enable: false },
  });

  const tcpServer = server.rtmpServer.tcpServer;
  if (!tcpServer) {
    serverInThisProcess = false;
    throw new Error("node-media-server did not create its RTMP listener");
  }

  const listeners: Array<[keyof RtmpEvents, (session: NmsSession) => void]> = [
    ["prePublish", (session) => options.events.prePublish(session)],
    ["postPublish", (session) => options.events.postPublish(session)],
    ["prePlay", (session) => options.events.prePlay(session)],
  ];
  for (const [event, listener] of listeners) nmsContext.eventEmitter.on(event, listener);

  const running = server.run();
  // node-media-server exits the whole process when its port is taken; report it instead.
  tcpServer.removeAllListeners("error");
  await new Promise<void>((resolve, reject) => {
    if (tcpServer.listening) return resolve();
    tcpServer.once("listening", resolve);
    tcpServer.once("error", (error) => reject(new Error(`RTMP port ${options.port}: ${error.message}`)));
  }).catch(async (error: unknown) => {
    for (const [event, listener] of listeners) nmsContext.eventEmitter.off(event, listener);
    await running;
    await server.stop();
    serverInThisProcess = false;
    throw error;
  });
  tcpServer.on("error", () => {
    // Errors after listening (a client resetting its connection) are per-socket and handled there.
  });
  await running;

  return {
    async close() {
      for (const [event, listener] of listeners) nmsContext.eventEmitter.off(event, listener);
      await server.stop();
      serverInThisProcess = false;
    },
  };
}

/** How long an ended RTMP peer gets to hang up by itself. */
const SESSION_HANGUP_GRACE_MS = 1000;

/**
 * Ends an RTMP session now. node-media-server keeps parsing an ended session's packets until the
 * peer hangs up, and hands them to the stream's players (a refused second publisher would splice
 * its frames into the live stream): drop them, and cut the connection if the peer lingers.
 */
export function endSession(session: NmsSession): void {
  if (session.rtmp) session.rtmp.onPacketCallback = () => {};
  session.close();
  setTimeout(() => session.socket?.destroy(), SESSION_HANGUP_GRACE_MS).unref();
}

/** node-media-server keeps "address:port"; IPv4 peers appear as IPv4-mapped IPv6. */
export function peerAddress(ip: string): string {
  return ip.replace(/:\d+$/, "").replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
}

export function isLoopback(address: string): boolean {
  return address === "::1" || address.startsWith("127.");
}
