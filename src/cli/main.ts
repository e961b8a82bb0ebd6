import "reflect-metadata";
import { Command, CommanderError } from "commander";
import { registerDbCommand } from "./db.command.js";
import { registerIngestCommand } from "./ingest.command.js";
import { registerParseCommand } from "./parse.command.js";
import { registerServeCommand } from "./serve.command.js";
import { registerStartCommand } from "./start.command.js";

/**
 * The command line: the public contract of DESIGN.md. Exit status 0 all good, 1 some input failed
 * (each failure named on stderr), 2 wrong usage.
 */
const program = new Command("earnings-graph")
  .description("Earnings-call transcripts in; a Neo4j knowledge graph and a typed GraphQL API out.")
  .showHelpAfterError()
  .exitOverride();

registerParseCommand(program);
registerDbCommand(program);
registerIngestCommand(program);
registerServeCommand(program);
registerStartCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // help and version exit 0; every other commander error is a usage error.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    process.stderr.write(`earnings-graph: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
