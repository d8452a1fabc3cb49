// hls.js ships the light build (no subtitles, alternate audio, EME or CMCD) as "hls.js/light"
// without type declarations of its own; its API is the full build's.
declare module "hls.js/light" {
  import Hls from "hls.js";
  export default Hls;
  export * from "hls.js";
}
