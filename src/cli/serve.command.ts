import type { Command } from "commander";

/** Placeholder until the `serve` command lands; its owner replaces this file. */
export function registerServeCommand(program: Command): void {
  program.command("serve").description("(serve: not built yet)").action(() => {
    throw new Error("'serve' is not built yet");
  });
}
