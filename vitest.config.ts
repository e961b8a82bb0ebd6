import { defineConfig } from "vitest/config";

/**
 * Two projects. `unit` (test/**\/*.test.ts) needs nothing. `integration` (test/**\/*.int.test.ts)
 * shares one real Neo4j started by test/global-setup.ts (or NEO4J_URI when set); its files run
 * one at a time because they share that database, and its timeouts allow a JVM per test on a
 * busy 2-core machine. The setup runs only when integration files are selected.
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
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
