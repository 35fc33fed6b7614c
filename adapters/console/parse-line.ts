/**
 * The console's wire format, shared by the interactive terminal and transcripts:
 *   # comment                    (ignored, as are blank lines)
 *   @tijd 2026-03-02 09:00       set the simulated clock (forward only)
 *   @lid <Naam> <rol> [<pijler>] add a person to the demo wijk
 *   Naam: tekst                  message in the kartrekkers group
 *   Naam@stuurgroep: tekst       message in the stuurgroep group
 *   Naam@dm: tekst               direct message to the bot
 *   Naam@<groep>: tekst          message in another (unbound) group
 */
export type ConsoleLine =
  | { kind: "skip" }
  | { kind: "time"; date: string; time: string }
  | { kind: "member"; name: string; role: string; pillar?: string }
  | { kind: "message"; sender: string; chat: string; text: string }
  | { kind: "plain"; text: string }
  | { kind: "malformed"; reason: string };

const MESSAGE_LINE = /^([\p{L}][\p{L}\p{N} .'’-]{0,40}?)(?:@([\p{L}\p{N}_.-]+))?:[ \t]?(.*)$/u;

export function parseConsoleLine(raw: string): ConsoleLine {
  const line = raw.replace(/\r$/, "");
  const trimmed = line.trim();
  if (!trimmed || trimmed.startsWith("#")) return { kind: "skip" };
  if (trimmed.startsWith("@tijd")) {
    const m = trimmed.match(/^@tijd\s+(\d{4}-\d{2}-\d{2})\s+(\d{1,2}:\d{2})\s*$/);
    return m ? { kind: "time", date: m[1], time: m[2] } : { kind: "malformed", reason: "verwacht: @tijd JJJJ-MM-DD UU:MM" };
  }
  if (trimmed.startsWith("@lid")) {
    const m = trimmed.match(/^@lid\s+(\S+)\s+(\S+)(?:\s+(.+))?$/);
    return m ? { kind: "member", name: m[1], role: m[2], pillar: m[3]?.trim() } : { kind: "malformed", reason: "verwacht: @lid <Naam> <rol> [<pijler>]" };
  }
  if (trimmed.startsWith("@") && !/^@\S+\s/.test(trimmed)) return { kind: "malformed", reason: `onbekende opdracht ${trimmed.split(/\s/)[0]}` };
  if (!trimmed.startsWith("/") && !trimmed.startsWith("@")) {
    const m = trimmed.match(MESSAGE_LINE);
    if (m) return { kind: "message", sender: m[1].trim(), chat: (m[2] ?? "kartrekkers").toLowerCase(), text: m[3] };
  }
  return { kind: "plain", text: trimmed };
}
