import type { Command } from "commander";

/** Placeholder until the `ingest` command lands; its owner replaces this file. */
export function registerIngestCommand(program: Command): void {
  program.command("ingest").description("(ingest: not built yet)").action(() => {
    throw new Error("'ingest' is not built yet");
  });
}
