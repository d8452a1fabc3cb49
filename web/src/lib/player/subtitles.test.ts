import { describe, expect, it } from "vitest";
import { qualityChoices, subtitleTracks } from "./subtitles";

const MASTER = [
  "#EXTM3U",
  '#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="English",LANGUAGE="en",AUTOSELECT=YES,DEFAULT=NO,FORCED=NO,URI="captions/en.m3u8"',
  '#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="Brazilian Portuguese",LANGUAGE="pt-BR",URI="captions/pt-BR.m3u8"',
  '#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="Main",LANGUAGE="en",URI="audio/index.m3u8"',
  '#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360,CODECS="avc1.64001e,mp4a.40.2",SUBTITLES="subs"',
  "0/index.m3u8",
].join("\n");

describe("subtitleTracks", () => {
  it("lists each subtitle track's WebVTT file beside its playlist, under the token's path", () => {
    const url = "https://customer-x.cloudflarestream.com/eyJ.token/manifest/video.m3u8";
    expect(subtitleTracks(MASTER, url)).toEqual([
      {
        language: "en",
        label: "English",
        vttUrl: "https://customer-x.cloudflarestream.com/eyJ.token/manifest/captions/en.vtt",
      },
      {
        language: "pt-BR",
        label: "Brazilian Portuguese",
        vttUrl: "https://customer-x.cloudflarestream.com/eyJ.token/manifest/captions/pt-BR.vtt",
      },
    ]);
  });

  it("is empty for a playlist without subtitles", () => {
    expect(
      subtitleTracks(
        "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\n0/index.m3u8\n",
        "https://x.example/a/manifest/video.m3u8",
      ),
    ).toEqual([]);
  });
});

describe("qualityChoices", () => {
  it("puts Auto first and the renditions from the tallest down", () => {
    expect(
      qualityChoices([
        { height: 360, bitrate: 800_000 },
        { height: 720, bitrate: 2_500_000 },
      ]),
    ).toEqual([
      { index: -1, label: "Auto" },
      { index: 1, label: "720p" },
      { index: 0, label: "360p" },
    ]);
  });
});
