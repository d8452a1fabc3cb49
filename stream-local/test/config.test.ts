import { describe, expect, it } from "vitest";
import { ConfigError, DEV_API_TOKEN, optionsFromEnv, publicUrls, resolveSettings } from "../src/config";

describe("configuration", () => {
  it("defaults to ports 8790 and 1935, the local account and the developer token", () => {
    const settings = resolveSettings(optionsFromEnv({}));
    expect(settings).toMatchObject({
      httpPort: 8790,
      rtmpPort: 1935,
      accountId: "local-account",
      apiToken: DEV_API_TOKEN,
      logLevel: "info",
    });
    expect(settings.dataDir).toMatch(/[/\\]\.firestream[/\\]stream-local$/);
    expect(publicUrls(settings, { http: 8790, rtmp: 1935 })).toEqual({
      playbackBase: "http://localhost:8790",
      rtmpIngest: "rtmp://localhost:1935/live/",
    });
  });

  it("reads every setting from its environment variable", () => {
    const settings = resolveSettings(
      optionsFromEnv({
        FIRESTREAM_STREAM_PORT: "9100",
        FIRESTREAM_RTMP_PORT: "2935",
        STREAM_LOCAL_DATA_DIR: "/tmp/stream-local-config-test",
        STREAM_LOCAL_ACCOUNT_ID: "acct-1",
        STREAM_LOCAL_API_TOKEN: "a-longer-token",
        STREAM_LOCAL_PUBLIC_URL: "http://stream.test:9100/",
        STREAM_LOCAL_RTMP_URL: "rtmp://stream.test:2935/live/",
        STREAM_LOCAL_LOG_LEVEL: "warn",
      }),
    );
    expect(settings).toMatchObject({
      httpPort: 9100,
      rtmpPort: 2935,
      dataDir: "/tmp/stream-local-config-test",
      accountId: "acct-1",
      apiToken: "a-longer-token",
    });
    expect(publicUrls(settings, { http: 9100, rtmp: 2935 })).toEqual({
      playbackBase: "http://stream.test:9100",
      rtmpIngest: "rtmp://stream.test:2935/live/",
    });
  });

  it("treats empty variables as unset and names the variable at fault", () => {
    expect(resolveSettings(optionsFromEnv({ FIRESTREAM_STREAM_PORT: "" })).httpPort).toBe(8790);
    expect(() => resolveSettings(optionsFromEnv({ FIRESTREAM_RTMP_PORT: "port" }))).toThrow(ConfigError);
    expect(() => resolveSettings(optionsFromEnv({ FIRESTREAM_RTMP_PORT: "port" }))).toThrow(/FIRESTREAM_RTMP_PORT/);
    expect(() => resolveSettings(optionsFromEnv({ STREAM_LOCAL_RTMP_URL: "http://nope" }))).toThrow(
      /STREAM_LOCAL_RTMP_URL/,
    );
  });
});
