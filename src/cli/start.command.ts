import type { Command } from "commander";

/** Placeholder until the `start` command lands; its owner replaces this file. */
export function registerStartCommand(program: Command): void {
  program.command("start").description("(start: not built yet)").action(() => {
    throw new Error("'start' is not built yet");
  });
}
