import { decodeIdSet } from "../db/action-fields.ts";
import { formatDay, formatMoney, formatMoment } from "./format.ts";
import { labelOf, statusLabel, translate, translator } from "../i18n/index.ts";

/** A field's name in the reader's language ("field.ageGroup"); unknown fields as stored. */
function fieldLabel(field: string, lang: string): string {
  return labelOf("field", field, translator(lang));
}

export interface HistoryRow {
  field: string;
  fromValue: string | null;
  toValue: string | null;
  createdAt: Date;
  undoneAt: Date | null;
  person: { displayName: string } | null;
}

/** "status: bezig → klaar", "voortgang: "…"", "aangemaakt" — one history row in words. */
export function describeChange(row: HistoryRow, names: Map<string, string>, now?: Date, lang = "nl"): string {
  const value = (v: string | null) => formatValue(row.field, v, names, now, lang);
  switch (row.field) {
    case "created":
      return translate(lang, row.toValue ? "history.created" : "history.createdUndone");
    case "deleted":
      return translate(lang, row.toValue ? "history.deleted" : "history.restored");
    case "note":
      return row.toValue ? translate(lang, "history.note", { text: names.get(row.toValue) ?? "…" }) : translate(lang, "history.noteUndone");
    default:
      return `${fieldLabel(row.field, lang)}: ${value(row.fromValue)} → ${value(row.toValue)}`;
  }
}

function formatValue(field: string, v: string | null, names: Map<string, string>, now: Date | undefined, lang: string): string {
  if (v === null || v === "") return "–";
  switch (field) {
    case "deadline":
    case "startDate":
      return formatMoment(new Date(v), now, lang);
    case "budgetPlanned":
    case "budgetSpent":
      return formatMoney(Number(v), lang);
    case "owners":
    case "partners":
      return decodeIdSet(v).map((id) => names.get(id) ?? translate(lang, "action.formerMember")).join(", ");
    case "pillar":
      return names.get(v) ?? "?";
    case "status":
      return statusLabel(v, translator(lang));
    case "ageGroup":
      return v === "algemeen" ? translate(lang, "age.general") : v;
    default:
      return v;
  }
}

export function historyLine(row: HistoryRow, names: Map<string, string>, now?: Date, lang = "nl"): string {
  const who = row.person?.displayName ?? translate(lang, "action.formerMember");
  const undone = row.undoneAt ? translate(lang, "history.undone") : "";
  return `- ${formatDay(row.createdAt, now, lang)} ${who}: ${describeChange(row, names, now, lang)}${undone}`;
}
