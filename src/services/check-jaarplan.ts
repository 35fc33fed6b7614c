import type { Tx } from "../db.ts";
import { AppError } from "../core/errors.ts";
import { localText, type LocalText } from "../i18n/index.ts";
import { fold } from "../parse/text.ts";
import type { ActionStatus, AgeGroup } from "../domain.ts";
import { cleanStoredText } from "../parse/clean-text.ts";
import { cellText, readAgeGroup, readCount, readDate, readEuros, readReach, readStatus, splitNames, type Cell } from "../parse/jaarplan-cells.ts";
import type { JaarplanSheet } from "../parse/jaarplan-file.ts";

/**
 * The check of a year plan (jaarplan) in the projectenboek's own columns (CSV or XLSX)
 * before it is imported, so a plan kept in a spreadsheet — or exported from another wijk —
 * becomes actions. Checking and importing are separate: the dry run shows every row that
 * would be refused and why; the import itself (import-jaarplan.ts) writes nothing unless
 * every row is good.
 */

type Field =
  | "pillar"
  | "goal"
  | "title"
  | "owners"
  | "partners"
  | "result"
  | "status"
  | "reach"
  | "reachReached"
  | "reachIntended"
  | "deadline"
  | "budgetPlanned"
  | "budgetSpent"
  | "ageGroup";

/** Header words (folded) that name each column; the first match wins. */
const HEADER_WORDS: [Field, string[]][] = [
  ["ageGroup", ["doelgroep", "leeftijd"]],
  // Today's two number columns; before them "Bereik (beoogd/bereikt)" held both as "300/120".
  ["reachReached", ["bereikt"]],
  ["reachIntended", ["beoogd"]],
  ["pillar", ["pijler", "opgave", "spoor", "thema"]],
  ["goal", ["doel"]],
  ["title", ["activiteit", "actie", "titel"]],
  ["owners", ["eigenaar", "kartrekker", "trekker"]],
  ["partners", ["partner"]],
  ["result", ["resultaat", "voortgang"]],
  ["status", ["status"]],
  ["reach", ["bereik"]],
  ["deadline", ["deadline", "datum", "planning"]],
  ["budgetPlanned", ["begroot", "begroting", "budget"]],
  ["budgetSpent", ["besteed", "uitgegeven"]],
];

/** The longest action title a row may have; longer ones are refused, not cut. */
const MAX_TITLE_CHARS = 200;

export interface JaarplanAction {
  row: number;
  pillar: string | null;
  goal: string | null;
  title: string;
  owners: string[];
  partners: string[];
  result: string | null;
  status: ActionStatus;
  ageGroup: AgeGroup | null;
  reachIntended: number | null;
  reachReached: number | null;
  deadline: Date | null;
  budgetPlannedCents: number | null;
  budgetSpentCents: number | null;
}

/** A refused row; the reasons are translated by whoever shows them (`localize(t, reason)`). */
export interface RowProblem {
  row: number;
  reasons: LocalText[];
}

export interface JaarplanCheck {
  actions: JaarplanAction[];
  problems: RowProblem[];
  /** Owner names not yet known in the wijk: the import adds them as kartrekkers. */
  newPeople: string[];
}

/** Checks every row against the wijk (pillars, existing titles) without writing anything. */
export async function checkJaarplan(tx: Tx, input: { wijkId: string; sheet: JaarplanSheet }): Promise<JaarplanCheck> {
  const columns = mapColumns(input.sheet.header);
  if (columns.title === undefined) throw new AppError("INVALID", localText("cli.import.noTitleColumn"));
  const [pillars, existing, people] = await Promise.all([
    tx.pillar.findMany({ where: { wijkId: input.wijkId }, orderBy: { position: "asc" }, select: { name: true } }),
    tx.action.findMany({ where: { wijkId: input.wijkId, deletedAt: null }, select: { title: true } }),
    tx.person.findMany({ where: { wijkId: input.wijkId, leftAt: null }, select: { displayName: true } }),
  ]);
  const pillarByFold = new Map(pillars.map((p) => [fold(p.name), p.name]));
  const titles = new Set(existing.map((a) => fold(a.title)));
  const known = new Set(people.map((p) => fold(p.displayName)));
  const newPeople = new Map<string, string>();

  const actions: JaarplanAction[] = [];
  const problems: RowProblem[] = [];
  for (const { row, cells } of input.sheet.rows) {
    const get = (field: Field): Cell => {
      const index = columns[field];
      return index === undefined ? null : (cells[index] ?? null);
    };
    const text = (field: Field) => cleanStoredText(cellText(get(field)));
    if (cells.every((c) => cellText(c) === "")) continue;
    const reasons: LocalText[] = [];

    const title = text("title").replace(/\s+/g, " ");
    if (!title) reasons.push(localText("cli.import.titleMissing"));
    else if (title.length > MAX_TITLE_CHARS) reasons.push(localText("cli.import.titleTooLong", { max: MAX_TITLE_CHARS }));
    else if (titles.has(fold(title))) reasons.push(localText("cli.import.titleExists", { title }));

    const pillarText = text("pillar");
    const pillar = pillarText ? pillarByFold.get(fold(pillarText)) : null;
    if (pillarText && !pillar) {
      const existing = pillars.map((p) => p.name).join(", ") || localText("cli.import.noPillars");
      reasons.push(localText("cli.import.unknownPillar", { pillar: pillarText, pillars: existing }));
    }
    const goal = text("goal") || null;
    if (goal && !pillarText) reasons.push(localText("cli.import.goalWithoutPillar"));

    const statusText = text("status");
    const status = statusText ? readStatus(statusText) : "gepland";
    if (!status) reasons.push(localText("cli.import.unknownStatus", { status: statusText }));

    const ageText = text("ageGroup");
    const ageGroup = ageText ? readAgeGroup(ageText) : null;
    if (ageText && !ageGroup) reasons.push(localText("cli.import.unknownAgeGroup", { ageGroup: ageText }));

    const deadlineCell = get("deadline");
    const deadline = readDate(deadlineCell);
    if (deadline === undefined) reasons.push(localText("cli.import.badDate", { date: cellText(deadlineCell) }));

    let reach: { intended: number | null; reached: number | null } | undefined;
    if (columns.reachReached !== undefined || columns.reachIntended !== undefined) {
      const reached = readCount(get("reachReached"));
      const intended = readCount(get("reachIntended"));
      if (reached === undefined) reasons.push(localText("cli.import.badReached", { count: text("reachReached") }));
      if (intended === undefined) reasons.push(localText("cli.import.badIntended", { count: text("reachIntended") }));
      reach = { reached: reached ?? null, intended: intended ?? null };
    } else {
      reach = readReach(get("reach"));
      if (!reach) reasons.push(localText("cli.import.badReach", { reach: text("reach") }));
    }
    const planned = readEuros(get("budgetPlanned"));
    if (planned === undefined) reasons.push(localText("cli.import.badPlanned", { amount: text("budgetPlanned") }));
    const spent = readEuros(get("budgetSpent"));
    if (spent === undefined) reasons.push(localText("cli.import.badSpent", { amount: text("budgetSpent") }));

    if (reasons.length) {
      problems.push({ row, reasons });
      continue;
    }
    if (title) titles.add(fold(title));
    const owners = splitNames(text("owners"), { andIsSeparator: true });
    for (const name of owners) if (!known.has(fold(name))) newPeople.set(fold(name), name);
    actions.push({
      row,
      pillar: pillar ?? null,
      goal,
      title,
      owners,
      partners: splitNames(text("partners"), { andIsSeparator: false }),
      result: text("result") || null,
      status: status!,
      ageGroup,
      reachIntended: reach!.intended,
      reachReached: reach!.reached,
      deadline: deadline ?? null,
      budgetPlannedCents: planned ?? null,
      budgetSpentCents: spent ?? null,
    });
  }
  return { actions, problems, newPeople: [...newPeople.values()] };
}

function mapColumns(header: readonly string[]): Partial<Record<Field, number>> {
  const columns: Partial<Record<Field, number>> = {};
  header.forEach((name, index) => {
    const folded = fold(name);
    for (const [field, words] of HEADER_WORDS) {
      if (columns[field] !== undefined) continue;
      if (words.some((w) => folded === w || folded.startsWith(`${w} `) || folded.startsWith(w))) {
        columns[field] = index;
        return;
      }
    }
  });
  return columns;
}
