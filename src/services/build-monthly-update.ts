import type { Tx } from "../db.ts";
import { addMonths, toInstant, type CivilDate } from "../parse/dates.ts";
import { joinNames } from "../render/format.ts";

const MONTH_NAMES = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
/** Progress notes quoted in the text: enough to tell a story, short enough for a wijkkrant. */
const MAX_NOTES = 4;
const NOTE_CHARS = 140;

/**
 * /maandbericht: a short, plain-language Dutch text about one month — what was
 * finished, what started, what people report, what the stuurgroep decided — ready to
 * paste into the wijkkrant or a partner newsletter. No names of people (privacy).
 */
export async function buildMonthlyUpdate(tx: Tx, input: { wijkId: string; month: CivilDate }): Promise<string> {
  const first = { ...input.month, day: 1 };
  const start = toInstant(first);
  const end = toInstant(addMonths(first, 1));
  const label = `${MONTH_NAMES[first.month - 1]} ${first.year}`;
  const [wijk, statusChanges, notes, decisions] = await Promise.all([
    tx.wijk.findUniqueOrThrow({ where: { id: input.wijkId } }),
    tx.historyEntry.findMany({ where: { wijkId: input.wijkId, field: "status", undoneAt: null, createdAt: { gte: start, lt: end } }, include: { action: true } }),
    tx.progressNote.findMany({
      where: { action: { wijkId: input.wijkId, deletedAt: null }, removedAt: null, createdAt: { gte: start, lt: end } },
      include: { action: { select: { title: true } } },
      orderBy: { createdAt: "desc" },
    }),
    tx.decision.findMany({ where: { wijkId: input.wijkId, createdAt: { gte: start, lt: end } }, orderBy: { createdAt: "asc" } }),
  ]);
  const titles = (to: string) =>
    [...new Set(statusChanges.filter((c) => c.toValue === to && c.action && !c.action.deletedAt && c.action.status === to).map((c) => c.action!.title))];
  const done = titles("klaar");
  const started = titles("bezig");
  const paragraphs = [`*Nieuws van het wijkplan ${wijk.name} — ${label}*`];
  if (done.length) paragraphs.push(`In ${MONTH_NAMES[first.month - 1]} ${done.length === 1 ? "is één actie" : `zijn ${done.length} acties`} afgerond: ${joinNames(done)}.`);
  if (started.length) paragraphs.push(`We zijn begonnen met ${joinNames(started)}.`);
  const seen = new Set<string>();
  const quotes = notes.filter((n) => !seen.has(n.actionId) && seen.add(n.actionId)).slice(0, MAX_NOTES);
  if (quotes.length) paragraphs.push(`Zo staat het ervoor:\n${quotes.map((n) => `- ${n.action.title}: ${short(n.text)}`).join("\n")}`);
  if (decisions.length) paragraphs.push(`De stuurgroep besloot:\n${decisions.map((d) => `- ${short(d.text)}`).join("\n")}`);
  if (paragraphs.length === 1) paragraphs.push(`In ${label} is er niets afgerond of gestart en zijn er geen updates gedeeld.`);
  paragraphs.push("Meedoen of meer weten? Neem contact op met de wijkcoördinator.");
  return paragraphs.join("\n\n");
}

function short(text: string): string {
  const t = text.trim().replace(/\s+/g, " ");
  const s = t.length > NOTE_CHARS ? `${t.slice(0, NOTE_CHARS - 1)}…` : t;
  return /[.!?…]$/.test(s) ? s : `${s}.`;
}
