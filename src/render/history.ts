import { decodeIdSet } from "../services/action-fields.ts";
import { formatDay, formatMoney, formatMoment } from "./format.ts";

const FIELD_LABELS: Record<string, string> = {
  title: "titel",
  shortName: "korte naam",
  status: "status",
  deadline: "deadline",
  startDate: "startdatum",
  pillar: "pijler",
  goal: "doel",
  ageGroup: "doelgroep",
  reachIntended: "beoogd bereik",
  reachReached: "bereikt",
  budgetPlanned: "begroot",
  budgetSpent: "besteed",
  owners: "eigenaar",
  partners: "partners",
};

export interface HistoryRow {
  field: string;
  fromValue: string | null;
  toValue: string | null;
  createdAt: Date;
  undoneAt: Date | null;
  person: { displayName: string } | null;
}

/** "status: bezig → klaar", "voortgang: "…"", "aangemaakt" — one history row in words. */
export function describeChange(row: HistoryRow, names: Map<string, string>, now?: Date): string {
  const value = (v: string | null) => formatValue(row.field, v, names, now);
  switch (row.field) {
    case "created":
      return row.toValue ? "aangemaakt" : "aanmaken teruggedraaid";
    case "deleted":
      return row.toValue ? "verwijderd" : "teruggezet";
    case "note":
      return row.toValue ? `voortgang: "${names.get(row.toValue) ?? "…"}"` : "voortgangsnotitie teruggedraaid";
    default:
      return `${FIELD_LABELS[row.field] ?? row.field}: ${value(row.fromValue)} → ${value(row.toValue)}`;
  }
}

function formatValue(field: string, v: string | null, names: Map<string, string>, now?: Date): string {
  if (v === null || v === "") return "–";
  switch (field) {
    case "deadline":
    case "startDate":
      return formatMoment(new Date(v), now);
    case "budgetPlanned":
    case "budgetSpent":
      return formatMoney(Number(v));
    case "owners":
    case "partners":
      return decodeIdSet(v).map((id) => names.get(id) ?? "oud-lid").join(", ");
    case "pillar":
      return names.get(v) ?? "?";
    default:
      return v;
  }
}

export function historyLine(row: HistoryRow, names: Map<string, string>, now?: Date): string {
  const who = row.person?.displayName ?? "oud-lid";
  const undone = row.undoneAt ? " (ongedaan gemaakt)" : "";
  return `- ${formatDay(row.createdAt, now)} ${who}: ${describeChange(row, names, now)}${undone}`;
}
