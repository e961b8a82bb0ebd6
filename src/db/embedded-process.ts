import { readFileSync } from "node:fs";
import { EmbeddedNeo4jError } from "./embedded-errors.js";

/** The launcher's main class, as it appears on the java command line. */
export const LAUNCHER_CLASS = "earningsgraph.Launcher";

const STOP_GRACE_MS = 30_000;
const KILL_GRACE_MS = 5_000;

/**
 * Whether `pid` is a live embedded-Neo4j launcher for `home`. Where /proc exists the command line
 * is checked too, so a recycled pid never passes for the database; zombies count as gone.
 */
export function isLauncherAlive(pid: number, home: string): boolean {
  if (!isAlive(pid)) return false;
  let cmdline: string;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return true;
  }
  const args = cmdline.split("\0");
  const homeAt = args.indexOf("--home");
  return args.includes(LAUNCHER_CLASS) && homeAt >= 0 && args[homeAt + 1] === home;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 3, after the parenthesised command name, is the state; Z and X are exited.
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    return state !== "Z" && state !== "X";
  } catch {
    return true;
  }
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/**
 * SIGTERM lets the launcher's shutdown hook checkpoint and release the store lock; SIGKILL
 * follows only when that takes longer than the grace period.
 */
export async function terminateProcess(pid: number, graceMs: number = STOP_GRACE_MS): Promise<void> {
  if (!signal(pid, "SIGTERM")) return;
  if (await waitForExit(pid, graceMs)) return;
  signal(pid, "SIGKILL");
  if (await waitForExit(pid, KILL_GRACE_MS)) return;
  throw new EmbeddedNeo4jError("STOP_FAILED", `The embedded Neo4j (pid ${pid}) did not exit after SIGTERM and SIGKILL`);
}

function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
    throw error;
  }
}
