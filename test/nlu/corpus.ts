/**
 * The labelled corpus of issue 11: realistic messages typed to wijkbot, each with what
 * the right outcome is (see test/nlu/README.md for the format and conventions).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { WORLD_PEOPLE, type ChatName } from "./world.ts";

export const CATEGORIES = [
  "status", "reason", "update", "new", "deadline", "owner", "reach", "budget", "partner", "query", "reminder",
  "agenda", "decision", "undo", "howto", "followup", "question-not-change", "chatter", "dates", "english", "other",
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SPLITS = ["tune", "heldout"] as const;
export type Split = (typeof SPLITS)[number];

export const CHATS: readonly ChatName[] = ["group", "stuurgroep", "dm"];

export interface CorpusMessage {
  from: string;
  chat: ChatName;
  text: string;
  repliesToBot?: boolean;
  mentionsBot?: boolean;
}

export type Expectation =
  /** The final state equals before + these commands (same sender and chat). */
  | { kind: "change"; run: string[] }
  /** Nothing changes and the reply equals the reply to these commands. */
  | { kind: "answer"; run: string[] }
  /** Genuinely unclear: one precise question back, nothing changes. */
  | { kind: "ask" }
  /** Group chatter not meant for the bot: silence, nothing changes. */
  | { kind: "ignore" };

export interface CorpusCase extends CorpusMessage {
  id: string;
  category: Category;
  /** Local Europe/Amsterdam time "2026-01-05T09:00"; default the world's start. */
  at?: string;
  before?: CorpusMessage[];
  expect: Expectation;
  /** Which file the case came from (not stored in the file). */
  split: Split;
}

export const CORPUS_DIR = fileURLToPath(new URL("./corpus/", import.meta.url));

/** The file of one split; NLU_CORPUS_DIR (when set) points at another directory with tune.jsonl and heldout.jsonl. */
export function corpusFile(split: Split): string {
  return join(process.env.NLU_CORPUS_DIR || CORPUS_DIR, `${split}.jsonl`);
}

/** Reads one split; throws with file and line number on a line that is not a JSON object. */
export function loadSplit(split: Split): CorpusCase[] {
  const lines = readFileSync(corpusFile(split), "utf8").split("\n");
  const cases: CorpusCase[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${split}.jsonl:${i + 1}: not valid JSON (${(error as Error).message})`);
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error(`${split}.jsonl:${i + 1}: not a JSON object`);
    cases.push({ ...(value as Omit<CorpusCase, "split">), split });
  });
  return cases;
}

export function loadCorpus(): CorpusCase[] {
  return [...loadSplit("tune"), ...loadSplit("heldout")];
}

/**
 * What `npm test` evaluates: the quarter of the held-out cases whose id hashes to 0 modulo 4 and the thirty-second
 * of the tune cases whose id hashes to 0 modulo 32 (the same share on every machine). Every held-out case until the
 * suite reached 520 s of its 600 with 4,919 held out (the two halves scored the same, 84.1%), the even half until a
 * fresh-clone run took 683 s with 5,251 held out (the half alone took 221 s of it); of the tune cases a
 * quarter until the corpus passed 12,000 cases, an eighth until the suite reached 567 s, a sixteenth until it reached
 * 557 s with 14,246 cases. The whole corpus runs in `npm run test:nlu`, which CI runs after `npm test` (.ci/run).
 */
export function loadTestShare(): CorpusCase[] {
  if (process.env.NLU_FULL === "1") return loadCorpus();
  return loadCorpus().filter((c) => idHash(c.id) % (c.split === "heldout" ? 4 : 32) === 0);
}

/** FNV-1a of the id: a fixed, evenly spread choice of cases. */
function idHash(id: string): number {
  let h = 2166136261;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Everything wrong with one case's shape (empty when it is well-formed). */
export function caseProblems(c: CorpusCase): string[] {
  const problems: string[] = [];
  const known = new Set(["id", "category", "from", "chat", "text", "repliesToBot", "mentionsBot", "at", "before", "expect", "split"]);
  for (const key of Object.keys(c)) if (!known.has(key)) problems.push(`unknown field "${key}"`);
  if (typeof c.id !== "string" || !/^[a-z0-9-]+$/.test(c.id)) problems.push("id must be lower-case letters, digits and dashes");
  if (!CATEGORIES.includes(c.category)) problems.push(`unknown category "${c.category}"`);
  problems.push(...messageProblems(c));
  if (c.at !== undefined && (typeof c.at !== "string" || !LOCAL_TIME.test(c.at) || Number.isNaN(Date.parse(`${c.at}:00Z`)))) {
    problems.push(`"at" must look like 2026-01-05T09:00`);
  }
  if (c.before !== undefined) {
    if (!Array.isArray(c.before) || !c.before.length) problems.push(`"before" must be a non-empty list`);
    else c.before.forEach((m, i) => messageProblems(m).forEach((p) => problems.push(`before[${i}]: ${p}`)));
  }
  const e = c.expect as Expectation | undefined;
  if (!e || !["change", "answer", "ask", "ignore"].includes(e.kind)) problems.push("expect.kind must be change, answer, ask or ignore");
  else if (e.kind === "change" || e.kind === "answer") {
    if (!Array.isArray(e.run) || !e.run.length || e.run.some((r) => typeof r !== "string" || !r.trim())) problems.push("expect.run must be a non-empty list of commands");
  } else if ("run" in e) problems.push(`expect.run makes no sense for kind ${e.kind}`);
  if (e?.kind === "ignore" && (c.chat === "dm" || c.repliesToBot || c.mentionsBot)) problems.push("an ignore case must be unaddressed group chatter");
  return problems;
}

function messageProblems(m: CorpusMessage): string[] {
  const problems: string[] = [];
  if (!WORLD_PEOPLE.includes(m.from)) problems.push(`unknown sender "${m.from}"`);
  if (!CHATS.includes(m.chat)) problems.push(`unknown chat "${m.chat}"`);
  if (typeof m.text !== "string" || !m.text.trim()) problems.push("text must be a non-empty string");
  for (const flag of ["repliesToBot", "mentionsBot"] as const) {
    if (m[flag] !== undefined && m[flag] !== true) problems.push(`${flag} is either true or absent`);
  }
  return problems;
}
