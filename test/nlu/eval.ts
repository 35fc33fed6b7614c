/**
 * npm run eval:nlu [-- --split tune|heldout|all] [--id <id>[,<id>…]] [--category <c>]
 *                   [--workers <n>] [--check-labels] [--fresh-files] [--no-failures] [--show-heldout] [--json <file>]
 *
 * Runs the labelled corpus (test/nlu/corpus/*.jsonl) against the real bot and prints,
 * per split and category, how many messages were understood, answered with a precise
 * question, got the generic fallback, no answer, a reply to chatter, a WRONG change or
 * something else — then every failing case of the tune part with the bot's reply (held-out failures only
 * with --show-heldout: they are for measuring, not for reading).
 */
import { writeFileSync } from "node:fs";
import { CATEGORIES, caseProblems, loadCorpus, type CorpusCase } from "./corpus.ts";
import { evaluate } from "./evaluate.ts";
import { fullReport, labelProblems } from "./report.ts";

function parseArgs(argv: string[]) {
  const options = { split: "all", ids: [] as string[], category: undefined as string | undefined, workers: undefined as number | undefined, checkLabels: false, freshFiles: false, failures: true, showHeldout: false, json: undefined as string | undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === "--split") options.split = value();
    else if (arg === "--id") options.ids.push(...value().split(","));
    else if (arg === "--category") options.category = value();
    else if (arg === "--workers") options.workers = Number(value());
    else if (arg === "--check-labels") options.checkLabels = true;
    else if (arg === "--fresh-files") options.freshFiles = true;
    else if (arg === "--no-failures") options.failures = false;
    else if (arg === "--show-heldout") options.showHeldout = true;
    else if (arg === "--json") options.json = value();
    else throw new Error(`unknown option ${arg}`);
  }
  if (!["tune", "heldout", "all"].includes(options.split)) throw new Error("--split is tune, heldout or all");
  if (options.category && !CATEGORIES.includes(options.category as never)) throw new Error(`unknown category ${options.category}`);
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  let cases: CorpusCase[] = loadCorpus();
  const malformed = cases.flatMap((c) => caseProblems(c).map((p) => `${c.id ?? "?"}: ${p}`));
  if (malformed.length) throw new Error(`malformed corpus:\n${malformed.join("\n")}`);
  if (options.split !== "all") cases = cases.filter((c) => c.split === options.split);
  if (options.category) cases = cases.filter((c) => c.category === options.category);
  if (options.ids.length) cases = cases.filter((c) => options.ids.includes(c.id));
  if (!cases.length) throw new Error("no cases selected");
  const started = performance.now();
  const results = await evaluate({ cases, workers: options.workers, checkLabels: options.checkLabels, freshFiles: options.freshFiles });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${fullReport(results, { failures: options.failures, heldoutFailures: options.showHeldout })}\n`);
  if (options.checkLabels) process.stdout.write(`\n${labelProblems(results)}\n`);
  process.stdout.write(`\n${results.length} cases in ${seconds.toFixed(1)} s\n`);
  if (options.json) writeFileSync(options.json, JSON.stringify(results, null, 1));
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
});
