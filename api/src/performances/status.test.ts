import { describe, expect, it } from "vitest";
import type { PerformanceStatus } from "../db/tables";
import { nextStatus, type StatusEvent } from "./status";

describe("the performance status machine", () => {
  it.each<[PerformanceStatus, StatusEvent, PerformanceStatus | undefined]>([
    ["SCHEDULED", "feed-connected", "LIVE"],
    ["SCHEDULED", "start", "LIVE"],
    ["SCHEDULED", "cancel", "CANCELLED"],
    ["SCHEDULED", "end", undefined],
    ["SCHEDULED", "feed-disconnected", undefined],
    ["LIVE", "feed-disconnected", "INTERRUPTED"],
    ["LIVE", "feed-errored", "INTERRUPTED"],
    ["LIVE", "end", "ENDED"],
    ["LIVE", "feed-connected", undefined],
    ["LIVE", "cancel", undefined],
    ["LIVE", "start", undefined],
    ["INTERRUPTED", "feed-connected", "LIVE"],
    ["INTERRUPTED", "end", "ENDED"],
    ["INTERRUPTED", "feed-timeout", "ENDED"],
    ["ENDED", "feed-connected", undefined],
    ["ENDED", "start", undefined],
    ["ENDED", "cancel", undefined],
    ["CANCELLED", "feed-connected", undefined],
    ["CANCELLED", "start", undefined],
  ])("%s + %s -> %s", (status, event, expected) => {
    expect(nextStatus(status, event)).toBe(expected);
  });
});
