import type { Translate } from "../i18n/index.ts";
import type { OrphanedAction } from "../services/find-orphaned-actions.ts";

/** "1. Financiële educatie … (Kansrijk)", one line per action without an owner. */
export function orphanLines(orphans: readonly OrphanedAction[], t: Translate): string {
  return orphans.map((a, i) => t("leave.orphan", { n: i + 1, title: a.title, pillar: a.pillarName ? ` (${a.pillarName})` : "" })).join("\n");
}
