import { describe, expect, it } from "vitest";
import { singleQualityReason } from "./renditions";

describe("singleQualityReason: why fans get one quality", () => {
  it("says nothing while fans can choose between qualities", () => {
    expect(singleQualityReason([720, 360], 720)).toBeNull();
  });

  it("says nothing before any quality is produced (the panel says so itself)", () => {
    expect(singleQualityReason([], 720)).toBeNull();
  });

  it("says the encoder dropped a quality when a 720p feed gets only 720p", () => {
    expect(singleQualityReason([720], 720)).toMatch(/could not keep up with two and dropped the lower one/);
  });

  it("says the encoder dropped a quality when a 1080p feed gets only 720p", () => {
    expect(singleQualityReason([720], 1080)).toMatch(/could not keep up/);
  });

  it("blames the encoder when the feed's size is not measured yet", () => {
    expect(singleQualityReason([720], null)).toMatch(/could not keep up/);
  });

  it("says the feed is too small when it is no taller than the lowest quality", () => {
    expect(singleQualityReason([360], 360)).toBe(
      "One quality only: the picture from OBS is too small for a lower one.",
    );
    expect(singleQualityReason([240], 240)).toMatch(/too small/);
  });
});
