// The stream-local CLI: `pnpm --filter @firestream/stream-local start` (and `pnpm dev`).
import { ConfigError, optionsFromEnv } from "./config";
import { startStreamLocal } from "./stream-local";

try {
  const streamLocal = await startStreamLocal(optionsFromEnv(process.env));
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`stream-local: ${signal}, stopping`);
    streamLocal.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
