import { defineConfig } from "vitest/config";

/**
 * Two projects. `unit` (test/**\/*.test.ts) needs nothing. `integration` (test/**\/*.int.test.ts)
 * shares one real Neo4j started by test/global-setup.ts (or NEO4J_URI when set); its files run
 * one at a time because they share that database, and its timeouts allow a JVM per test on a
 * busy 2-core machine. The setup runs only when integration files are selected.
 *
 * The integration files run in one process, one after the other (`isolate: false`): each file in a
 * fresh process re-imported the server, the driver and the schema, 3 s between files on average.
 * Measured side by side on this 2-core machine, the whole run took 476 s instead of 518 s (the
 * integration files' span 338 s instead of 389 s). The files always shared one database; now they
 * share one process too, which is safe while no integration file mocks a module or changes
 * process.env (none does: keep it so). A project that does not isolate needs its own
 * `sequence.groupOrder` (vitest runs the groups one after the other, unit first).
 */
export default defineConfig({
  test: {
    pool: "forks",
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/**/*.int.test.ts", "**/node_modules/**"],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/**/*.int.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          fileParallelism: false,
          isolate: false,
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
