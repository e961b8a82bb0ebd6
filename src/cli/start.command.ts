import type { Command } from "commander";
import { parsePort, runApi } from "./serve.command.js";

/** `npm start`: the database if needed, the sample calls if the graph is empty, then the API. */
export function registerStartCommand(program: Command): void {
  program
    .command("start")
    .description("Start everything: the embedded Neo4j when NEO4J_URI is unset, the sample calls when the graph is empty, then the API")
    .option("-p, --port <port>", "HTTP port (default: PORT, else 4000)", parsePort)
    .action(async (options: { port?: number }) => {
      await runApi({ port: options.port, loadSamplesWhenEmpty: true });
    });
}
