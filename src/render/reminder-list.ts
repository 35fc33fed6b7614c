import type { Translate } from "../i18n/index.ts";
import { describeRecurrence } from "../parse/recurrence.ts";
import { formatMoment } from "./format.ts";
import type { ReminderListItem, ReminderTarget } from "../services/list-reminders.ts";

/**
 * Who a reminder is for: "groep Kartrekkers", a name, or its maker — "jou" in their own list,
 * "zichzelf" in the wijk's list.
 */
export function renderReminderTarget(target: ReminderTarget, list: "own" | "wijk", t: Translate): string {
  if (target.kind === "group") return t("reminder.targetGroup", { title: target.title }).trim();
  if (target.kind === "maker") return t(list === "own" ? "reminder.targetYou" : "reminder.targetSelf");
  return target.name;
}

/** When it comes next: the moment, or for a recurring one its rule and then the moment. */
function renderWhen(item: ReminderListItem, t: Translate, lang: string, now: Date): string {
  const next = formatMoment(item.next, now, lang);
  return item.recurrence ? t("reminder.listNext", { rule: describeRecurrence(item.recurrence, t), next }) : next;
}

/** /herinneringen: the reminders someone set, numbered, and how to stop one. */
export function renderOwnReminders(items: readonly ReminderListItem[], t: Translate, lang: string, now: Date): string {
  if (!items.length) return t("reminder.none");
  const lines = items.map((r) => t("reminder.listLine", { number: r.number, text: r.text, target: renderReminderTarget(r.target, "own", t), when: renderWhen(r, t, lang, now) }));
  return `${t("reminder.listTitle")}\n${lines.join("\n")}\n${t("reminder.listStop")}`;
}

/** /herinneringen alle: every reminder in the wijk, with who set it. */
export function renderWijkReminders(items: readonly ReminderListItem[], wijkName: string, t: Translate, lang: string, now: Date): string {
  if (!items.length) return t("reminder.allNone", { wijk: wijkName });
  const lines = items.map((r) =>
    t("reminder.allLine", { number: r.number, text: r.text, creator: r.creator, target: renderReminderTarget(r.target, "wijk", t), when: renderWhen(r, t, lang, now) }),
  );
  return `${t("reminder.allTitle", { wijk: wijkName })}\n${lines.join("\n")}\n${t("reminder.listStop")}`;
}
