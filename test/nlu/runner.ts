/**
 * Runs corpus cases against the real bot and classifies each outcome (issue 11).
 *
 * World A gets the case's `before` messages and then its text; world B (for change and
 * answer cases) gets the same `before` messages and then the canonical `run` commands,
 * by the same sender in the same chat. The domain state of both is compared as a
 * normalised snapshot (see snapshot.ts); replies are compared as text.
 */
import { createWorldHost, WORLD_START, type World } from "./world.ts";
import { takeSnapshot, sameSnapshot, diffSnapshots, foldNote, type Snapshot } from "./snapshot.ts";
import type { CorpusCase, CorpusMessage } from "./corpus.ts";
import type { OutgoingMessage } from "../../src/core/types.ts";
import { toInstant } from "../../src/time/amsterdam.ts";

export const OUTCOMES = ["understood", "asked", "asked-wrong", "generic", "silent", "noisy", "WRONG", "other"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface CaseResult {
  id: string;
  split: CorpusCase["split"];
  category: CorpusCase["category"];
  kind: CorpusCase["expect"]["kind"];
  from: string;
  chat: string;
  text: string;
  outcome: Outcome;
  /** What the bot answered to the case's text (all outgoing messages, joined). */
  reply: string;
  /** For failures: what differed, or what the canonical run answered. */
  detail?: string;
  /** Something wrong with the label itself (only checked with checkLabels). */
  labelProblem?: string;
  /** With checkLabels: the reply to each canonical command in world B. */
  canonicalReplies?: string[];
  ms: number;
}

export interface RunOptions {
  templatePath: string;
  /** Every world a fresh copy of the template file with its own Prisma client (slower; see world.ts). */
  freshFiles?: boolean;
  /** Also run world B for every change/answer case and report labels whose canonical run does not do what the label says. */
  checkLabels?: boolean;
}

/** The generic fallback: the bot did not understand at all. */
const GENERIC = /^(Wat kan ik voor je doen|What can I do for you)/;

interface Reference {
  state: Snapshot;
  changed: boolean;
  reply: string;
  replies: string[];
}

/** Evaluates cases one after another; world B results are cached per (at, sender, chat, before, run). */
export async function createRunner(options: RunOptions) {
  const references = new Map<string, Promise<Reference>>();
  /** The state of a freshly opened world: the same for every case without `before` messages (the template's). */
  let untouched: Snapshot | undefined;
  const stateBefore = (world: World, messages: readonly CorpusMessage[] | undefined) =>
    messages?.length ? takeSnapshot(world) : (untouched ??= takeSnapshot(world));
  const host = await createWorldHost(options.templatePath, { freshFiles: options.freshFiles });

  async function open(at: Date): Promise<World> {
    return host.open(at);
  }

  async function replay(world: World, messages: readonly CorpusMessage[]): Promise<void> {
    for (const m of messages) await world.send(m.from, m.chat, m.text, { repliesToBot: m.repliesToBot, mentionsBot: m.mentionsBot });
  }

  function reference(c: CorpusCase, at: Date, run: readonly string[]): Promise<Reference> {
    const key = JSON.stringify([at.toISOString(), c.from, c.chat, c.before ?? [], run]);
    let found = references.get(key);
    if (!found) {
      found = (async () => {
        const world = await open(at);
        try {
          await replay(world, c.before ?? []);
          const pre = stateBefore(world, c.before);
          const replies: string[] = [];
          for (const command of run) replies.push(joinReplies(await world.send(c.from, c.chat, command)));
          const state = takeSnapshot(world);
          return { state, changed: !sameSnapshot(pre, state), reply: replies.join("\n"), replies };
        } finally {
          await world.close();
        }
      })();
      references.set(key, found);
    }
    return found;
  }

  /**
   * World A right after the case's text, then `answer` to the bot's question: does that
   * reach B's state? The first answer goes to A itself (nothing changed it since the
   * text); later ones to a fresh replay of A.
   */
  async function answerLeadsTo(c: CorpusCase, at: Date, answer: string, target: Snapshot, untouchedA?: World): Promise<boolean> {
    const world = untouchedA ?? (await open(at));
    try {
      if (!untouchedA) {
        await replay(world, c.before ?? []);
        await world.send(c.from, c.chat, c.text, { repliesToBot: c.repliesToBot, mentionsBot: c.mentionsBot });
      }
      // The answer is a reply to the bot's question (in a group: to its message).
      await world.send(c.from, c.chat, answer, { repliesToBot: c.chat !== "dm" ? true : undefined });
      return sameSnapshot(takeSnapshot(world), target);
    } finally {
      if (!untouchedA) await world.close();
    }
  }

  async function run(c: CorpusCase): Promise<CaseResult> {
    const started = performance.now();
    const at = caseTime(c.at);
    const expect = c.expect;
    const result = (outcome: Outcome, reply: string, extra: Partial<CaseResult> = {}): CaseResult => ({
      id: c.id,
      split: c.split,
      category: c.category,
      kind: expect.kind,
      from: c.from,
      chat: c.chat,
      text: c.text,
      outcome,
      reply,
      ...extra,
      ms: Math.round(performance.now() - started),
    });

    // World A stays open until the case is judged: a question is answered in it directly.
    const world = await open(at);
    try {
      await replay(world, c.before ?? []);
      const pre = stateBefore(world, c.before);
      const out = await world.send(c.from, c.chat, c.text, { repliesToBot: c.repliesToBot, mentionsBot: c.mentionsBot });
      const post = takeSnapshot(world);
      const reply = joinReplies(out);
      const changed = !sameSnapshot(pre, post);
      const needsReference = expect.kind === "change" || expect.kind === "answer";
      const ref = needsReference && (options.checkLabels || changed || expect.kind === "answer" || isQuestion(out))
        ? await reference(c, at, expect.run)
        : undefined;
      let labelProblem: string | undefined;
      if (options.checkLabels && ref) {
        if (expect.kind === "change" && !ref.changed) labelProblem = `canonical run changed nothing: ${oneLine(ref.reply)}`;
        if (expect.kind === "answer" && ref.changed) labelProblem = `canonical run of an answer case changed the state: ${diffSnapshots(pre, ref.state)}`;
        if (expect.kind === "change" && ref.changed) labelProblem = lostNoteWords(expect.run, pre, ref.state);
      }
      const extra = { ...(labelProblem ? { labelProblem } : {}), ...(options.checkLabels && ref ? { canonicalReplies: ref.replies } : {}) };

      if (changed) {
        if (expect.kind === "change" && ref && sameSnapshot(post, ref.state)) return result("understood", reply, extra);
        const detail = expect.kind === "change" && ref ? `expected ${diffSnapshots(pre, ref.state) || "no change"}; got ${diffSnapshots(pre, post)}` : `changed ${diffSnapshots(pre, post)}`;
        return result("WRONG", reply, { ...extra, detail });
      }
      if (expect.kind === "ignore") return result(out.length ? "noisy" : "understood", reply, extra);
      if (expect.kind === "answer" && ref && !ref.changed && sameReplies(reply, ref.reply) && out.length) return result("understood", reply, extra);
      const detail = ref ? `canonical ${expect.kind === "answer" ? "answer" : "run"}: ${oneLine(ref.reply)}` : undefined;
      if (!out.length) return result("silent", reply, { ...extra, detail });
      if (out.some((m) => GENERIC.test(m.text.trim()))) return result("generic", reply, { ...extra, detail });
      if (isQuestion(out)) {
        if (expect.kind !== "change") return result("asked", reply, extra);
        // A question back on a change case counts when one of its answers gets there.
        const answers = answersTo(out);
        for (const [i, answer] of answers.entries()) {
          if (ref && ref.changed && (await answerLeadsTo(c, at, answer, ref.state, i === 0 ? world : undefined))) {
            return result("asked", reply, { ...extra, detail: `answer "${answer}" leads there` });
          }
        }
        return result("asked-wrong", reply, { ...extra, detail: `no answer (${answers.join(", ") || "none offered"}) leads to the expected state; ${detail ?? ""}` });
      }
      return result("other", reply, { ...extra, detail });
    } finally {
      await world.close();
    }
  }

  return { run, dispose: () => host.dispose() };
}

/** "2026-01-05T09:00" in Europe/Amsterdam → the instant; absent → the world's start. */
export function caseTime(at: string | undefined): Date {
  if (!at) return WORLD_START;
  const [date, time] = at.split("T");
  const [year, month, day] = date.split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  return toInstant({ year, month, day }, hour, minute);
}

/** A "/actie update <naam>: <tekst>" whose text did not arrive as a note, word for word (a broken canonical command). */
function lostNoteWords(run: readonly string[], pre: Snapshot, post: Snapshot): string | undefined {
  const notesOf = (s: Snapshot) => (s.actions as { title: string; notes: string[] }[]).flatMap((a) => a.notes.map((n) => `${a.title}\u0000${n}`));
  const added = notesOf(post);
  for (const note of notesOf(pre)) {
    const at = added.indexOf(note);
    if (at >= 0) added.splice(at, 1);
  }
  const texts = added.map((n) => n.split("\u0000")[1]);
  for (const command of run) {
    const m = command.match(/^\/actie update [^:]+:\s+(.+)$/);
    if (m && !texts.includes(foldNote(m[1]))) return `"${command}" stored the note as ${JSON.stringify(texts)}`;
  }
  return undefined;
}

function joinReplies(out: readonly OutgoingMessage[]): string {
  return out.map((m) => m.text).join("\n");
}

function sameReplies(a: string, b: string): boolean {
  return a.trim() === b.trim();
}

const YES_NO = /\(ja\/nee\)|\bja\/nee\b|\*ja\*|\(yes\/no\)|\byes\/no\b|\*yes\*/i;
const NUMBERED = /^\s*(\d{1,2})[.)]\s+\S/gm;

/** A question back: choice buttons, a ja/nee, a numbered list, or a sentence ending in "?" (see below). */
export function isQuestion(out: readonly OutgoingMessage[]): boolean {
  return out.some((m) => {
    const text = m.text.trim();
    if (m.choices?.length) return true;
    if (YES_NO.test(text)) return true;
    // A sentence ending in "?" at the end or in the first two lines ("Wanneer? Eindig met …"); further down it is content (a note, an agenda item).
    if (/\?$/.test(text) || /\?(\s|$)/.test(text.split("\n").slice(0, 2).join("\n"))) return true;
    return [...text.matchAll(NUMBERED)].length >= 2 && /nummer|number/i.test(text);
  });
}

/** The answers a question offers: its choice buttons, else numbered lines, and "ja" for a yes/no question. */
function answersTo(out: readonly OutgoingMessage[]): string[] {
  const answers = new Set<string>();
  for (const m of out) {
    for (const choice of m.choices ?? []) answers.add(choice.answer);
    if (!m.choices?.length) for (const match of m.text.matchAll(NUMBERED)) answers.add(match[1]);
    if (YES_NO.test(m.text)) answers.add("ja");
  }
  // A yes/no question whose buttons say "ja"/"nee": only "ja" can lead to a change.
  answers.delete("nee");
  answers.delete("no");
  return [...answers].slice(0, 8);
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 300 ? `${flat.slice(0, 297)}…` : flat;
}
