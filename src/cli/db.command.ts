import type { Command } from "commander";

/** Placeholder until the `db` command lands; its owner replaces this file. */
export function registerDbCommand(program: Command): void {
  program.command("db").description("(db: not built yet)").action(() => {
    throw new Error("'db' is not built yet");
  });
}
