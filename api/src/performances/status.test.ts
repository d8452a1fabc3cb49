import { describe, expect, it } from "vitest";
import type { PerformanceStatus } from "../db/tables";
import { nextStatus, type StatusEvent } from "./status";

describe("the performance status machine", () => {
  it.each<[PerformanceStatus, StatusEvent, PerformanceStatus | undefined]>([
    ["SCHEDULED", "feed-connected", "LIVE"],
    ["SCHEDULED", "start", "GOING_LIVE"],
    ["SCHEDULED", "cancel", "CANCELLED"],
    ["SCHEDULED", "end", undefined],
    ["SCHEDULED", "undo-start", undefined],
    ["SCHEDULED", "feed-disconnected", undefined],
    ["GOING_LIVE", "feed-connected", "LIVE"],
    ["GOING_LIVE", "undo-start", "SCHEDULED"],
    ["GOING_LIVE", "cancel", "CANCELLED"],
    ["GOING_LIVE", "start", undefined],
    // Nothing was broadcast: ending would throw the date away for good, so it is refused (undo instead).
    ["GOING_LIVE", "end", undefined],
    ["GOING_LIVE", "feed-disconnected", undefined],
    ["GOING_LIVE", "feed-errored", undefined],
    ["GOING_LIVE", "feed-timeout", undefined],
    // The slot passed with no feed: the show was not held (the sweep cancels it, nothing was broadcast).
    ["GOING_LIVE", "slot-passed", "CANCELLED"],
    ["SCHEDULED", "slot-passed", undefined],
    ["LIVE", "slot-passed", undefined],
    ["INTERRUPTED", "slot-passed", undefined],
    ["ENDED", "slot-passed", undefined],
    ["CANCELLED", "slot-passed", undefined],
    ["LIVE", "feed-disconnected", "INTERRUPTED"],
    ["LIVE", "feed-errored", "INTERRUPTED"],
    ["LIVE", "end", "ENDED"],
    ["LIVE", "feed-connected", undefined],
    ["LIVE", "cancel", undefined],
    ["LIVE", "start", undefined],
    ["LIVE", "undo-start", undefined],
    ["INTERRUPTED", "undo-start", undefined],
    ["INTERRUPTED", "feed-connected", "LIVE"],
    ["INTERRUPTED", "end", "ENDED"],
    ["INTERRUPTED", "feed-timeout", "ENDED"],
    ["ENDED", "feed-connected", undefined],
    ["ENDED", "start", undefined],
    ["ENDED", "undo-start", undefined],
    ["ENDED", "cancel", undefined],
    ["CANCELLED", "feed-connected", undefined],
    ["CANCELLED", "start", undefined],
  ])("%s + %s -> %s", (status, event, expected) => {
    expect(nextStatus(status, event)).toBe(expected);
  });
});
