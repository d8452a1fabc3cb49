import type { LogLevel } from "./config";

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const SEVERITY: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 };

export function createLogger(level: LogLevel): Logger {
  const write = (at: Exclude<LogLevel, "silent">, message: string) => {
    if (SEVERITY[at] < SEVERITY[level]) return;
    const line = `${new Date().toISOString()} ${at.padEnd(5)} ${message}\n`;
    (at === "error" || at === "warn" ? process.stderr : process.stdout).write(line);
  };
  return {
    debug: (message) => write("debug", message),
    info: (message) => write("info", message),
    warn: (message) => write("warn", message),
    error: (message) => write("error", message),
  };
}
