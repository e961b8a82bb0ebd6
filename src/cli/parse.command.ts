import type { Command } from "commander";

/** Placeholder until the `parse` command lands; its owner replaces this file. */
export function registerParseCommand(program: Command): void {
  program.command("parse").description("(parse: not built yet)").action(() => {
    throw new Error("'parse' is not built yet");
  });
}
