/**
 * What to change in OBS for each `live_input.errored` code Cloudflare Stream reports
 * (https://developers.cloudflare.com/stream/stream-live/troubleshooting/ lists the codes).
 */
const ADVICE: Record<string, string> = {
  ERR_GOP_OUT_OF_RANGE:
    "Set Keyframe Interval to 2 s in OBS > Settings > Output (Output Mode: Advanced). Stream needs a keyframe at least every 10 s.",
  ERR_UNSUPPORTED_VIDEO_CODEC:
    "Set Video Encoder to x264 (or another H.264 encoder) in OBS > Settings > Output. Stream takes H.264 video only.",
  ERR_UNSUPPORTED_AUDIO_CODEC:
    "Set Audio Encoder to AAC in OBS > Settings > Output > Audio. Stream takes AAC audio only.",
  ERR_STORAGE_QUOTA_EXHAUSTED:
    "Nothing to change in OBS: the Stream account's storage is full. Delete old recordings or raise the plan in the Cloudflare dashboard.",
  ERR_MISSING_SUBSCRIPTION:
    "Nothing to change in OBS: the Cloudflare account has no Stream subscription. Subscribe in the Cloudflare dashboard.",
};

export function obsAdvice(code: string): string {
  return (
    ADVICE[code] ??
    `Stream refused the feed (${code}). In OBS > Settings > Output use H.264 video, AAC audio and a Keyframe Interval of 2 s.`
  );
}
