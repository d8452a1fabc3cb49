import { type ChildProcess, spawn } from "node:child_process";

export class ProcessError extends Error {
  override name = "ProcessError";
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(message);
  }
}

/**
 * The ffmpeg/ffprobe processes stream-local started, so that closing it ends exactly those (by pid)
 * and nothing else.
 */
export class ChildProcesses {
  readonly #running = new Set<ChildProcess>();

  spawn(command: string, args: string[]): ChildProcess {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    this.#running.add(child);
    child.once("exit", () => this.#running.delete(child));
    child.once("error", () => this.#running.delete(child));
    return child;
  }

  /** Runs a command to its end; rejects when it fails or takes longer than `timeoutMs`. */
  run(command: string, args: string[], timeoutMs: number): Promise<{ stdout: Buffer; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = this.spawn(command, args);
      const stdout: Buffer[] = [];
      let stderr = "";
      child.stdout?.on("data", (chunk: Buffer) => stdout.push(chunk));
      child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
        stderr = (stderr + chunk).slice(-8000);
      });
      const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
      child.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once("close", (code, signal) => {
        clearTimeout(timer);
        if (code === 0) resolve({ stdout: Buffer.concat(stdout), stderr });
        else
          reject(new ProcessError(`${command} ${args.slice(0, 3).join(" ")}... exited with ${code ?? signal}`, stderr));
      });
    });
  }

  /** Asks every running process to stop, then kills what is left after `graceMs`. */
  async stopAll(graceMs = 3000): Promise<void> {
    const children = [...this.#running];
    await Promise.all(children.map((child) => stopChild(child, graceMs)));
  }
}

export function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    let finisher: NodeJS.Timeout | undefined;
    const killer = setTimeout(() => {
      child.kill("SIGKILL");
      // A process that never started emits no exit event.
      finisher = setTimeout(resolve, 1000);
    }, graceMs);
    child.once("exit", () => {
      clearTimeout(killer);
      clearTimeout(finisher);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
