import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { EmbeddedNeo4jError } from "./embedded-errors.js";
import { isAlive } from "./embedded-process.js";

export interface LauncherClasspath {
  /** The launcher's compiled classes first, then every Neo4j jar in ~/.m2. */
  classpath: string;
  /** True when Maven ran (and may have downloaded) for this call. */
  resolved: boolean;
}

export interface ResolveClasspathOptions {
  /** `<project>/neo4j`, holding pom.xml and the launcher source. */
  neo4jDir: string;
  /** Told once before a Maven run, which downloads about 125 MB the first time. */
  onProgress?: ((message: string) => void) | undefined;
}

const MAVEN_TIMEOUT_MS = 30 * 60_000;
const LOCK_STALE_MS = MAVEN_TIMEOUT_MS + 60_000;

/**
 * Returns the launcher's classpath, running Maven only when pom.xml or the launcher source changed
 * since the cached answer (neo4j/target/classpath-<hash>.txt) or a cached jar has gone missing.
 * Concurrent callers (test setup, `db start`, the server) serialise on a lock directory, so Maven
 * never runs twice at once on the same checkout.
 */
export async function resolveLauncherClasspath(options: ResolveClasspathOptions): Promise<LauncherClasspath> {
  const { neo4jDir } = options;
  const targetDir = path.join(neo4jDir, "target");
  const key = await sourceHash(neo4jDir);
  const cacheFile = path.join(targetDir, `classpath-${key}.txt`);

  const cached = await readCachedClasspath(cacheFile);
  if (cached !== undefined) return { classpath: cached, resolved: false };

  await mkdir(targetDir, { recursive: true });
  const release = await acquireLock(path.join(targetDir, ".resolve-lock"), () =>
    options.onProgress?.("Waiting for another process that is resolving Neo4j with Maven"),
  );
  try {
    const again = await readCachedClasspath(cacheFile);
    if (again !== undefined) return { classpath: again, resolved: false };
    options.onProgress?.(
      "Resolving Neo4j with Maven (neo4j/pom.xml); the first run downloads about 125 MB into ~/.m2 and can take minutes",
    );
    const depsFile = path.join(targetDir, `dependencies-${key}.txt`);
    await runMaven({
      cwd: neo4jDir,
      args: ["-B", "-q", "-f", "pom.xml", "compile", "dependency:build-classpath", `-Dmdep.outputFile=${depsFile}`],
    });
    const dependencies = (await readFile(depsFile, "utf8")).trim();
    const classpath = [path.join(targetDir, "classes"), dependencies].join(path.delimiter);
    await removeStale(targetDir, key);
    const temp = `${cacheFile}.${process.pid}.tmp`;
    await writeFile(temp, classpath);
    await rename(temp, cacheFile);
    return { classpath, resolved: true };
  } finally {
    await release();
  }
}

async function sourceHash(neo4jDir: string): Promise<string> {
  const hash = createHash("sha256");
  const files = ["pom.xml", ...(await listFiles(path.join(neo4jDir, "src"))).map((f) => path.relative(neo4jDir, f))];
  for (const file of files.sort()) {
    hash.update(file).update("\0").update(await readFile(path.join(neo4jDir, file))).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

/** A cache entry counts only while the compiled launcher and every jar it names still exist. */
async function readCachedClasspath(cacheFile: string): Promise<string | undefined> {
  let classpath: string;
  try {
    classpath = (await readFile(cacheFile, "utf8")).trim();
  } catch {
    return undefined;
  }
  const entries = classpath.split(path.delimiter);
  const classes = entries[0];
  if (classes === undefined || !existsSync(path.join(classes, "earningsgraph", "Launcher.class"))) return undefined;
  return entries.every((entry) => existsSync(entry)) ? classpath : undefined;
}

async function removeStale(targetDir: string, key: string): Promise<void> {
  for (const name of await readdir(targetDir)) {
    if (/^(classpath|dependencies)-[0-9a-f]{16}\.txt$/.test(name) && !name.includes(key)) {
      await rm(path.join(targetDir, name), { force: true });
    }
  }
}

async function runMaven(options: { cwd: string; args: string[] }): Promise<void> {
  const output: string[] = [];
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const child = spawn("mvn", options.args, { cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"] });
    const timer = setTimeout(() => child.kill("SIGKILL"), MAVEN_TIMEOUT_MS);
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === "ENOENT"
          ? new EmbeddedNeo4jError(
              "MAVEN_NOT_FOUND",
              "Maven ('mvn') is not on PATH: install Maven 3.8+ to run the embedded Neo4j, or set NEO4J_URI to use an existing Neo4j",
            )
          : error,
      );
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  if (exitCode !== 0) {
    const tail = output.join("").split("\n").filter((line) => line.trim() !== "").slice(-25).join("\n");
    throw new EmbeddedNeo4jError(
      "MAVEN_FAILED",
      `Maven could not resolve Neo4j or compile the launcher (mvn ${options.args.join(" ")} in ${options.cwd} exited with ${exitCode ?? "a timeout"}):\n${tail}`,
    );
  }
}

/**
 * mkdir is atomic, so a lock directory works across processes. It holds the owner's pid: a lock
 * whose owner has died (Ctrl-C during the first download) is taken over at once.
 */
async function acquireLock(lockDir: string, onWait: () => void): Promise<() => Promise<void>> {
  let told = false;
  for (;;) {
    try {
      await mkdir(lockDir);
      await writeFile(path.join(lockDir, "pid"), String(process.pid));
      return async () => {
        await rm(lockDir, { recursive: true, force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(await readFile(path.join(lockDir, "pid"), "utf8").catch(() => ""));
      const age = await stat(lockDir).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      const abandoned = owner > 0 ? !isAlive(owner) : age > 10_000;
      if (abandoned || age > LOCK_STALE_MS) {
        await rm(lockDir, { recursive: true, force: true });
        continue;
      }
      if (!told) onWait();
      told = true;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
