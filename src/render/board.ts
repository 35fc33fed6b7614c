import type { BoardCard } from "../core/types.ts";
import type { Board } from "../services/get-board.ts";
import type { ActionListItem } from "../services/list-actions.ts";
import { formatDay } from "./format.ts";
import { statusLabel, translator, translate } from "../i18n/index.ts";
import { absenceLabel } from "./absence.ts";

const OPEN_COLUMNS = [
  { status: "bezig", label: "board.column.bezig" },
  { status: "gepland", label: "board.column.gepland" },
] as const;

/** Cells in the chat's progress bar: short enough for a phone, fine enough to see a change. */
export const PROGRESS_BAR_CELLS = 8;

/**
 * "▓▓▓░░░░░": the share of `done` in `total` in whole cells. Any progress shows at least
 * one cell and only all-done fills the bar, so rounding never hides a change or overstates.
 */
export function progressBar(done: number, total: number, cells = PROGRESS_BAR_CELLS): string {
  const share = total > 0 ? Math.round((cells * done) / total) : 0;
  const filled = done <= 0 ? 0 : done >= total ? cells : Math.min(cells - 1, Math.max(1, share));
  return "▓".repeat(filled) + "░".repeat(cells - filled);
}

/** One action as a board line: "- Titel — Sanne · vr 27 nov ⚠️ te laat". */
export function actionLine(action: ActionListItem, now: Date, lang = "nl"): string {
  const owner = action.ownerNames.length ? action.ownerNames.join(", ") : translate(lang, "board.noOwner");
  const deadline = action.deadline ? ` · ${formatDay(action.deadline, now, lang)}` : "";
  const late = action.overdue ? translate(lang, "action.late") : "";
  return `- ${action.title} — ${owner}${deadline}${late}`;
}

/** The board as one chat message: per pillar bezig / gepland / klaar, overdue marked. */
export function renderBoard(board: Board, now: Date, link?: string, lang = "nl"): string {
  const t = translator(lang);
  const lines = [t("board.title", { wijk: board.wijkName, date: formatDay(now, undefined, lang) })];
  let any = false;
  for (const pillar of board.pillars) {
    lines.push("", `*${pillar.name ?? t("board.noPillar")}*`);
    const count = Object.values(pillar.byStatus).reduce((n, list) => n + list.length, 0);
    if (!count) {
      lines.push(t("board.noActionsPillar"));
      continue;
    }
    any = true;
    const done = pillar.byStatus["klaar"] ?? [];
    for (const column of OPEN_COLUMNS) {
      const items = pillar.byStatus[column.status] ?? [];
      if (!items.length) continue;
      lines.push(t(column.label));
      for (const item of items) lines.push(actionLine(item, now, lang));
    }
    if (done.length) lines.push(t("board.done", { count: done.length, titles: done.map((a) => a.title).join("; ") }));
    const parked = (pillar.byStatus["geparkeerd"] ?? []).length;
    const stopped = (pillar.byStatus["gestopt"] ?? []).length;
    if (parked || stopped) lines.push(`_${[parked ? t("board.parked", { count: parked }) : "", stopped ? t("board.stopped", { count: stopped }) : ""].filter(Boolean).join(", ")}_`);
    // The pillar's progress closes its block: how far along it is at a glance, in plain text.
    lines.push(t("board.progress", { bar: progressBar(done.length, count), done: done.length, total: count }));
  }
  if (!any) lines.push("", t("board.empty"));
  if (board.absences?.length) {
    lines.push("", ...board.absences.map((a) => t("absence.boardLine", { name: a.personName, label: absenceLabel(a, now, lang) })));
  }
  if (link) lines.push("", t("board.link", { link }));
  return lines.join("\n");
}

/** Structured board for adapters that draw cards. */
export function boardCard(board: Board, now: Date, lang = "nl"): BoardCard {
  const t = translator(lang);
  return {
    wijk: board.wijkName,
    title: t("board.cardTitle", { wijk: board.wijkName }),
    pillars: board.pillars.map((p) => ({
      name: p.name ?? t("board.noPillar"),
      columns: ["gepland", "bezig", "klaar"].map((status) => ({
        status,
        label: statusLabel(status, t),
        actions: (p.byStatus[status] ?? []).map((a) => ({
          title: a.title,
          owner: a.ownerNames.join(", "),
          deadline: a.deadline ? formatDay(a.deadline, now, lang) : undefined,
          overdue: a.overdue,
        })),
      })),
    })),
  };
}
