import type { BoardCard } from "../core/types.ts";
import type { Board } from "../services/get-board.ts";
import type { ActionListItem } from "../services/list-actions.ts";
import { formatDay } from "./format.ts";

const OPEN_COLUMNS = [
  { status: "bezig", label: "Bezig" },
  { status: "gepland", label: "Gepland" },
] as const;

/** One action as a board line: "- Titel — Sanne · vr 27 nov ⚠️ te laat". */
export function actionLine(action: ActionListItem, now: Date): string {
  const owner = action.ownerNames.length ? action.ownerNames.join(", ") : "geen eigenaar";
  const deadline = action.deadline ? ` · ${formatDay(action.deadline, now)}` : "";
  const late = action.overdue ? " ⚠️ te laat" : "";
  return `- ${action.title} — ${owner}${deadline}${late}`;
}

/** The board as one chat message: per pillar bezig / gepland / klaar, overdue marked. */
export function renderBoard(board: Board, now: Date, link?: string): string {
  const lines = [`*Overzicht ${board.wijkName}* (${formatDay(now)})`];
  let any = false;
  for (const pillar of board.pillars) {
    lines.push("", `*${pillar.name}*`);
    const count = Object.values(pillar.byStatus).reduce((n, list) => n + list.length, 0);
    if (!count) {
      lines.push("_nog geen acties_");
      continue;
    }
    any = true;
    for (const column of OPEN_COLUMNS) {
      const items = pillar.byStatus[column.status] ?? [];
      if (!items.length) continue;
      lines.push(`${column.label}:`);
      for (const item of items) lines.push(actionLine(item, now));
    }
    const done = pillar.byStatus["klaar"] ?? [];
    if (done.length) lines.push(`Klaar (${done.length}): ${done.map((a) => a.title).join("; ")}`);
    const parked = (pillar.byStatus["geparkeerd"] ?? []).length;
    const stopped = (pillar.byStatus["gestopt"] ?? []).length;
    if (parked || stopped) lines.push(`_${[parked ? `${parked} geparkeerd` : "", stopped ? `${stopped} gestopt` : ""].filter(Boolean).join(", ")}_`);
  }
  if (!any) lines.push("", "Nog geen acties. Begin met: /actie nieuw <titel>");
  if (link) lines.push("", `Het hele overzicht: ${link}`);
  return lines.join("\n");
}

/** Structured board for adapters that draw cards. */
export function boardCard(board: Board, now: Date): BoardCard {
  return {
    wijk: board.wijkName,
    pillars: board.pillars.map((p) => ({
      name: p.name,
      columns: ["gepland", "bezig", "klaar"].map((status) => ({
        status,
        actions: (p.byStatus[status] ?? []).map((a) => ({
          title: a.title,
          owner: a.ownerNames.join(", "),
          deadline: a.deadline ? formatDay(a.deadline, now) : undefined,
          overdue: a.overdue,
        })),
      })),
    })),
  };
}
