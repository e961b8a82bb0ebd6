import { readFile } from "node:fs/promises";
import { Command, Option } from "commander";
import { explainMetrics, extract } from "../extract/index.js";
import type { Extraction } from "../model/facts.js";
import { LAYOUTS, type Layout, type Transcript } from "../model/transcript.js";
import { parseTranscript, TranscriptError } from "../parse/index.js";

interface ParseCommandOptions {
  json?: boolean;
  explain?: boolean;
  format: Layout | "auto";
}

/** The `--json` shape of one file: the contract in DESIGN.md ("Command line"). */
export function parseOutput(input: { file: string; transcript: Transcript; extraction: Extraction }) {
  const { file, transcript: t, extraction: x } = input;
  return {
    file,
    format: t.format,
    source: t.source,
    call: t.call,
    participants: t.participants,
    turns: t.turns.map((turn) => ({
      index: turn.index,
      section: turn.section,
      speaker: turn.speaker,
      text: turn.text,
      start: turn.start,
      end: turn.end,
      line: turn.line,
    })),
    exchanges: t.exchanges,
    topics: x.topics,
    metrics: x.metrics,
    mentions: x.mentions,
    outcomes: x.outcomes,
    diagnostics: t.diagnostics,
  };
}

function summary(file: string, t: Transcript, x: Extraction): string {
  const call = t.call;
  const period = call.fiscalYear !== null && call.fiscalQuarter !== null ? `${call.fiscalYear}-Q${call.fiscalQuarter}` : "period unknown";
  const bySection = new Map<string, number>();
  for (const turn of t.turns) bySection.set(turn.section, (bySection.get(turn.section) ?? 0) + 1);
  const roles = new Map<string, number>();
  for (const p of t.participants) roles.set(p.role, (roles.get(p.role) ?? 0) + 1);
  const lines = [
    `${file}: ${t.format}, ${call.company ?? "company unknown"}${call.ticker ? ` (${call.ticker})` : ""}, ${period}${call.date ? `, ${call.date}` : ""}`,
    `  turns: ${t.turns.length} (${[...bySection].map(([s, n]) => `${s} ${n}`).join(", ")})`,
    `  participants: ${t.participants.length}${roles.size ? ` (${[...roles].map(([r, n]) => `${r} ${n}`).join(", ")})` : ""}`,
    `  Q&A slots: ${t.exchanges.length}${t.exchanges.length ? ` (${t.exchanges.map((e) => e.analyst).join(", ")})` : ""}`,
    `  metrics: ${x.metrics.length}, topics: ${x.topics.length}`,
  ];
  for (const d of t.diagnostics) lines.push(`  ${d.severity}${d.line === null ? "" : ` line ${d.line}`}: ${d.message} (${d.ruleId})`);
  return lines.join("\n");
}

/** `earnings-graph parse <file…> [--json] [--format …]`: exit 0, or 1 when any file failed. */
export function registerParseCommand(program: Command): void {
  program
    .command("parse")
    .description("parse transcripts and print the model (call, participants, turns, exchanges, facts)")
    .argument("<file...>", "transcript files")
    .option("--json", "print JSON (one object per file, an array for several)")
    .option("--explain", "print, for each figure of each company sentence, every stage's decision and the rule that made it, and why a figure became no fact")
    .addOption(new Option("--format <layout>", "layout to read the files as").choices(["auto", ...LAYOUTS]).default("auto"))
    .action(async (files: string[], options: ParseCommandOptions) => {
      const outputs: unknown[] = [];
      let failed = 0;
      for (const file of files) {
        try {
          const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
            throw new Error(`cannot read (${error.code ?? error.message})`);
          });
          const transcript = parseTranscript(bytes, { fileName: file, format: options.format });
          const extraction = extract(transcript);
          if (options.explain) process.stdout.write(`${file}\n${explainMetrics(transcript)}\n`);
          if (options.json) outputs.push(parseOutput({ file, transcript, extraction }));
          else if (!options.explain) process.stdout.write(`${summary(file, transcript, extraction)}\n`);
        } catch (error) {
          failed++;
          // TranscriptError messages already name the file and line; anything else gets the file here.
          const message = error instanceof TranscriptError ? error.message : `${file}: ${error instanceof Error ? error.message : String(error)}`;
          process.stderr.write(`earnings-graph parse: ${message}\n`);
        }
      }
      if (options.json) {
        process.stdout.write(`${JSON.stringify(files.length === 1 ? (outputs[0] ?? null) : outputs, null, 2)}\n`);
      }
      if (failed > 0) process.exitCode = 1;
    });
}
