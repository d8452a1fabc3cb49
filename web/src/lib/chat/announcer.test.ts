import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PacedAnnouncer } from "./announcer";

describe("PacedAnnouncer", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("announces a lone message at once, then sums what arrives within the interval into one announcement", () => {
    const said: string[] = [];
    const announcer = new PacedAnnouncer((text) => said.push(text), 4_000);
    announcer.add("Ada", "Bravo!");
    vi.advanceTimersByTime(0);
    expect(said).toEqual(["Ada says: Bravo!"]);
    announcer.add("Bo", "Wow");
    announcer.add("Cy", "Encore");
    vi.advanceTimersByTime(3_999);
    expect(said).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(said).toEqual(["Ada says: Bravo!", "2 new messages. Latest: Cy says: Encore"]);
  });

  it("says nothing more once stopped", () => {
    const said: string[] = [];
    const announcer = new PacedAnnouncer((text) => said.push(text), 4_000);
    announcer.add("Ada", "Bravo!");
    announcer.stop();
    vi.advanceTimersByTime(10_000);
    expect(said).toEqual([]);
  });
});
