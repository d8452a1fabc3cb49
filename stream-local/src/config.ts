/**
 * stream-local's configuration: every setting is read and validated here, from the environment
 * (the CLI, `pnpm dev`) or from options (tests). Nothing else reads process.env.
 */
import { resolve } from "node:path";
import { z } from "zod";

/** Accepted only on a developer's machine; documented in README.md. */
export const DEV_API_TOKEN = "stream-local-dev-token";

const repoRoot = resolve(import.meta.dirname, "..", "..");
const defaultDataDir = resolve(repoRoot, ".firestream", "stream-local");

/** An empty environment variable means "not set". */
const unsetIfEmpty = (value: unknown) => (value === "" ? undefined : value);
const port = (fallback: number) =>
  z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(65535).default(fallback));
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional());

const SettingsSchema = z.object({
  /** HTTP port of the API and the playback host; 0 picks a free one. */
  httpPort: port(8790),
  /** RTMP ingest port; 0 picks a free one. */
  rtmpPort: port(1935),
  dataDir: z.preprocess(unsetIfEmpty, z.string().min(1).default(defaultDataDir)).transform((dir) => resolve(dir)),
  accountId: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/)
      .default("local-account"),
  ),
  apiToken: z.preprocess(unsetIfEmpty, z.string().min(8).default(DEV_API_TOKEN)),
  /** Playback base, as the Worker's playbackBase; default http://localhost:<httpPort>. */
  publicUrl: optional(z.url().transform((url) => url.replace(/\/+$/, ""))),
  /** Shown as rtmps.url; default rtmp://localhost:<rtmpPort>/live/. */
  rtmpUrl: optional(z.string().regex(/^rtmps?:\/\/[^/]+\/.*\/$/, "must look like rtmp://host:port/live/")),
  /** Overrides the ffmpeg/ffprobe lookup (PATH first, then @ffmpeg-installer/@ffprobe-installer). */
  ffmpegPath: optional(z.string().min(1)),
  ffprobePath: optional(z.string().min(1)),
  logLevel: z.preprocess(unsetIfEmpty, z.enum(["debug", "info", "warn", "error", "silent"]).default("info")),
});

export type StreamLocalSettings = z.output<typeof SettingsSchema>;
export type LogLevel = StreamLocalSettings["logLevel"];

/** Settings as given: numbers or the environment's strings; anything unset takes its default. */
export interface StreamLocalOptions {
  httpPort?: number | string;
  rtmpPort?: number | string;
  dataDir?: string;
  accountId?: string;
  apiToken?: string;
  publicUrl?: string;
  rtmpUrl?: string;
  ffmpegPath?: string;
  ffprobePath?: string;
  logLevel?: LogLevel | string;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function resolveSettings(options: StreamLocalOptions): StreamLocalSettings {
  const parsed = SettingsSchema.safeParse(options);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${ENV_NAMES[issue.path[0] as keyof StreamLocalSettings] ?? issue.path.join(".")}: ${issue.message}`,
    );
    throw new ConfigError(`stream-local configuration is invalid:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}

const ENV_NAMES: Record<keyof StreamLocalSettings, string> = {
  httpPort: "FIRESTREAM_STREAM_PORT",
  rtmpPort: "FIRESTREAM_RTMP_PORT",
  dataDir: "STREAM_LOCAL_DATA_DIR",
  accountId: "STREAM_LOCAL_ACCOUNT_ID",
  apiToken: "STREAM_LOCAL_API_TOKEN",
  publicUrl: "STREAM_LOCAL_PUBLIC_URL",
  rtmpUrl: "STREAM_LOCAL_RTMP_URL",
  ffmpegPath: "STREAM_LOCAL_FFMPEG",
  ffprobePath: "STREAM_LOCAL_FFPROBE",
  logLevel: "STREAM_LOCAL_LOG_LEVEL",
};

/** The options the environment sets; unset variables take the defaults above. */
export function optionsFromEnv(env: Record<string, string | undefined>): StreamLocalOptions {
  return Object.fromEntries(Object.entries(ENV_NAMES).map(([key, name]) => [key, env[name]]));
}

/** The URLs stream-local announces, once its ports are known. */
export interface PublicUrls {
  /** Playback host base, e.g. http://localhost:8790 */
  playbackBase: string;
  /** Ingest URL shown in rtmps.url, e.g. rtmp://localhost:1935/live/ */
  rtmpIngest: string;
}

export function publicUrls(settings: StreamLocalSettings, ports: { http: number; rtmp: number }): PublicUrls {
  return {
    playbackBase: settings.publicUrl ?? `http://localhost:${ports.http}`,
    rtmpIngest: settings.rtmpUrl ?? `rtmp://localhost:${ports.rtmp}/live/`,
  };
}
