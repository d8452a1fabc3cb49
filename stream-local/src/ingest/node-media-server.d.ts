// The part of node-media-server 4.4.3 that stream-local uses: the package is plain CommonJS and
// ships no types, so these follow its sources (its server, context, RTMP session and broadcast).

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
    /** bytes of the FLV tag body */
    size?: number;
    /** the FLV tag body: codec byte, packet type, then the payload */
    data?: Buffer;
  }

  export interface NmsBroadcast {
    subscribers: Map<string, NmsSession>;
  }

  export interface NmsSession {
    id: string;
    /** "address:port" of the peer */
    ip: string;
    streamApp: string;
    streamName: string;
    videoHeight: number;
    broadcast: NmsBroadcast;
    /** RTMP sessions only */
    socket?: Socket;
    /** RTMP sessions only: the protocol parser, which hands every media packet to onPacketCallback */
    rtmp?: { onPacketCallback: (packet: NmsAvPacket) => void };
    close(): void;
  }

  export interface NmsConfig {
    rtmp?: { port?: number };
    store?: { path?: string };
    webadmin?: { enable?: boolean };
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
  const logger: { log(message: string, logLevel?: string): void };
  export default logger;
}

declare module "node-media-server/src/protocol/sps_info.js" {
  const spsInfo: {
    /** Pixel size from an H.264 SPS NAL unit (with its header byte), or null when it does not parse */
    parseH264Sps(sps: Buffer): { width: number; height: number } | null;
  };
  export default spsInfo;
}
