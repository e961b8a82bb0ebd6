import { readdirSync, readFileSync } from "node:fs";
import { parseTranscript } from "../src/parse/index.ts";
import { extractMetricFacts } from "../src/extract/metrics/metric-facts.ts";
const dir = "/work/shared/corpus-large/json-2018-2022/";
const ts = readdirSync(dir).slice(0, 120).map((f) => parseTranscript(readFileSync(dir + f), { fileName: "x.json" }));
for (let r = 0; r < 2; r++) for (const t of ts) extractMetricFacts(t, { year: t.call.fiscalYear ?? 2020, quarter: t.call.fiscalQuarter ?? 4 }, true);
