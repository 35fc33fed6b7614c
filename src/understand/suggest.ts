import type { CommandDefinition } from "../core/command.ts";
import { fold } from "../parse/text.ts";

/** The commands most like what was typed (shared words in name, help and examples), for the generic answer. */
export function suggestCommands(folded: string, commands: readonly CommandDefinition[], count = 3): string[] {
  const typed = new Set(folded.split(" ").filter((w) => w.length >= 3));
  const scored = commands
    .filter((c) => c.needsWijk !== false || c.name === "help")
    .map((c) => {
      const words = new Set(fold([c.name, ...(c.aliases ?? []), c.summary, ...c.examples].join(" ")).split(" "));
      let score = 0;
      for (const w of typed) for (const v of words) if (v.length >= 3 && (v === w || (w.length >= 4 && (v.startsWith(w) || w.startsWith(v))))) score++;
      return { c, score };
    })
    .sort((a, b) => b.score - a.score);
  const picked = scored.filter((s) => s.score > 0).slice(0, count).map((s) => s.c);
  for (const fallback of ["actie klaar", "acties", "overzicht"]) {
    if (picked.length >= count) break;
    const c = commands.find((x) => x.name === fallback);
    if (c && !picked.includes(c)) picked.push(c);
  }
  return picked.map((c) => `- ${c.examples[0] ?? c.usage}`);
}
