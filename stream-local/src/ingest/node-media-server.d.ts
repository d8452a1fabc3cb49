// The part of node-media-server 4.4.3 (plain CommonJS, no types) that stream-local uses.
// Read from its sources: src/index.js, src/core/context.js, src/session/rtmp_session.js,
// src/server/broadcast_server.js.

declare module "node-media-server" {
  import type { Server, Socket } from "node:net";

  export interface NmsAvPacket {
    /** FLV codec id (7 = H.264, 10 = AAC) or an enhanced-RTMP FourCC */
    codec_id: number;
    /** 8 audio, 9 video, 18 script */
    codec_type: number;
    /** 0 audio header, 1 audio, 2 video header, 3 keyframe, 4 video frame, 5 metadata */
    flags: number;
    dts: number;
    pts: number;
    size: number;
    data: Buffer;
  }

  export interface NmsBroadcast {
    streamPath: string;
    publisher: NmsSession | null;
    subscribers: Map<string, NmsSession>;
  }

  export interface NmsSession {
    id: string;
    /** "address:port" of the peer */
    ip: string;
    protocol: string;
    streamApp: string;
    streamName: string;
    streamPath: string;
    isPublisher: boolean;
    videoWidth: number;
    videoHeight: number;
    broadcast: NmsBroadcast;
    /** RTMP sessions only */
    socket?: Socket;
    /** RTMP sessions only: the protocol parser, which hands every media packet to onPacketCallback */
    rtmp?: { onPacketCallback: (packet: NmsAvPacket) => void };
    close(): void;
  }

  export interface NmsConfig {
    bind?: string;
    rtmp?: { port?: number };
    store?: { path?: string };
    webadmin?: { enable?: boolean };
    record?: { auto?: boolean; path?: string };
  }

  export default class NodeMediaServer {
    constructor(config: NmsConfig, configPath?: string);
    rtmpServer: { tcpServer?: Server };
    run(): Promise<void>;
    stop(): Promise<void>;
  }
}

declare module "node-media-server/src/core/context.js" {
  import type { EventEmitter } from "node:events";

  const Context: { eventEmitter: EventEmitter };
  export default Context;
}

declare module "node-media-server/src/core/logger.js" {
  const logger: { level: string; log(message: string, logLevel?: string): void };
  export default logger;
}
