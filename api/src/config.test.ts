import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { readConfig } from "./config";

describe("configuration", () => {
  it("refuses to run production on the outbox email provider, saying what to set", () => {
    expect(() => readConfig({ ...env, ENVIRONMENT: "production", NOTIFY_EMAIL_PROVIDER: "outbox" })).toThrow(
      /NOTIFY_EMAIL_PROVIDER=outbox would send no email; set NOTIFY_EMAIL_PROVIDER=resend with the RESEND_API_KEY secret/,
    );
  });

  it("refuses to run production on the outbox SMS provider, saying what to set", () => {
    const production = {
      ...env,
      ENVIRONMENT: "production",
      NOTIFY_EMAIL_PROVIDER: "resend",
      RESEND_API_KEY: "re_test",
      NOTIFY_SMS_PROVIDER: "outbox",
    };
    expect(() => readConfig(production)).toThrow(/set NOTIFY_SMS_PROVIDER=twilio with TWILIO_ACCOUNT_SID/);
  });

  it("runs production with real providers, and development and tests on the outbox", () => {
    const production = {
      ...env,
      ENVIRONMENT: "production",
      NOTIFY_EMAIL_PROVIDER: "resend",
      RESEND_API_KEY: "re_test",
      NOTIFY_SMS_PROVIDER: "twilio",
      TWILIO_ACCOUNT_SID: "AC123",
      TWILIO_AUTH_TOKEN: "token",
      TWILIO_FROM: "+15555550100",
    };
    expect(readConfig(production).notify.email.provider).toBe("resend");
    expect(readConfig({ ...env, ENVIRONMENT: "development" }).notify.email.provider).toBe("outbox");
    expect(readConfig(env).environment).toBe("test");
  });

  it("reads how long Stream keeps recordings: empty keeps them, fewer than Cloudflare's 30 days is refused", () => {
    expect(readConfig({ ...env, STREAM_DELETE_RECORDING_AFTER_DAYS: "" }).stream.deleteRecordingAfterDays).toBeNull();
    expect(readConfig({ ...env, STREAM_DELETE_RECORDING_AFTER_DAYS: "30" }).stream.deleteRecordingAfterDays).toBe(30);
    expect(() => readConfig({ ...env, STREAM_DELETE_RECORDING_AFTER_DAYS: "29" })).toThrow(
      /STREAM_DELETE_RECORDING_AFTER_DAYS: .*at least 30/,
    );
    expect(() => readConfig({ ...env, STREAM_DELETE_RECORDING_AFTER_DAYS: "thirty" })).toThrow(
      /STREAM_DELETE_RECORDING_AFTER_DAYS/,
    );
  });

  it("asks Stream for low-latency HLS only when STREAM_PREFER_LOW_LATENCY is true, refusing anything but true or false", () => {
    expect(readConfig({ ...env, STREAM_PREFER_LOW_LATENCY: "" }).stream.preferLowLatency).toBe(false);
    expect(readConfig({ ...env, STREAM_PREFER_LOW_LATENCY: "false" }).stream.preferLowLatency).toBe(false);
    expect(readConfig({ ...env, STREAM_PREFER_LOW_LATENCY: "true" }).stream.preferLowLatency).toBe(true);
    for (const bad of ["yes", "1", "TRUE", "true ".repeat(1000)])
      expect(() => readConfig({ ...env, STREAM_PREFER_LOW_LATENCY: bad })).toThrow(
        /STREAM_PREFER_LOW_LATENCY: must be "true" or "false"/,
      );
  });

  it("reads retention limits in days, with defaults", () => {
    expect(readConfig({ ...env, RETENTION_OUTBOX_DAYS: "7" }).retention).toEqual({
      sessionDays: 90,
      outboxDays: 7,
      webhookEventDays: 30,
      viewerSessionDays: 180,
      chatMessageDays: 180,
    });
    expect(() => readConfig({ ...env, RETENTION_SESSION_DAYS: "0" })).toThrow(
      /RETENTION_SESSION_DAYS: must be at least 1 day/,
    );
  });
});
