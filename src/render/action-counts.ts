import { statusLabel, type Translate } from "../i18n/index.ts";

/** Statuses in the order a count tells them: what is running first. */
const COUNT_ORDER = ["bezig", "gepland", "klaar", "geparkeerd", "gestopt"];

/** "4 acties: 1 bezig, 2 gepland, 1 klaar." in the reader's language (pillars page, Markdown summary). */
export function describeActionCounts(statuses: readonly string[], t: Translate): string {
  const parts = COUNT_ORDER.map((status) => [status, statuses.filter((s) => s === status).length] as const)
    .filter(([, count]) => count)
    .map(([status, count]) => t("web.statusCount", { count, status: statusLabel(status, t) }));
  return t("web.actionCount", { count: statuses.length, statuses: parts.join(", ") });
}
