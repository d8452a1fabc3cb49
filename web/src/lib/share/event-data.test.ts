import { describe, expect, it } from "vitest";
import { eventJsonLd, jsonLdScript, shareDescription } from "./event-data";

const show = {
  id: "show-1",
  title: "Friday Night Fire",
  description: "Poi, staff and fans.",
  scheduledTime: "2026-12-05T02:00:00.000Z",
  endTime: "2026-12-05T03:30:00.000Z",
  status: "SCHEDULED",
  thumbnailUrl: "https://firestream.example.com/api/media/thumbnails/a.jpg",
};

describe("eventJsonLd", () => {
  it("describes an online Event whose virtual location is the watch page", () => {
    expect(eventJsonLd(show, "https://firestream.example.com")).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "Friday Night Fire",
      startDate: "2026-12-05T02:00:00.000Z",
      endDate: "2026-12-05T03:30:00.000Z",
      eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
      eventStatus: "https://schema.org/EventScheduled",
      location: { "@type": "VirtualLocation", url: "https://firestream.example.com/shows/show-1/watch" },
      image: ["https://firestream.example.com/api/media/thumbnails/a.jpg"],
    });
  });

  it("marks a cancelled show and leaves out a picture it does not have", () => {
    const data = eventJsonLd({ ...show, status: "CANCELLED", thumbnailUrl: null }, "https://x.example");
    expect(data.eventStatus).toBe("https://schema.org/EventCancelled");
    expect(data).not.toHaveProperty("image");
  });
});

describe("jsonLdScript", () => {
  it("cannot be closed early by a title that contains markup", () => {
    const script = jsonLdScript({ name: "</script><script>alert(1)</script>" });
    expect(script.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(script.slice(script.indexOf(">") + 1, script.lastIndexOf("<")))).toEqual({
      name: "</script><script>alert(1)</script>",
    });
  });
});

describe("shareDescription", () => {
  it("is the description on one line, cut at 200 characters", () => {
    expect(shareDescription({ title: "T", description: "One\n\ntwo" })).toBe("One two");
    expect(shareDescription({ title: "T", description: "x".repeat(300) })).toHaveLength(200);
    expect(shareDescription({ title: "Fire", description: "" })).toBe("Fire, live from the Medicine Fire Circus.");
  });
});
