import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { countOpenDeliveries, listDeadLetters, DEAD_LETTER_WINDOW_MS } from "../src/services/dead-letters.ts";
import { platformStatuses } from "../src/services/platform-statuses.ts";
import { formatMoment } from "../src/render/format.ts";

/** Connection states as the coördinator reads them. */
const STATE_LABELS: Record<string, string> = {
  connected: "verbonden",
  running: "actief",
  connecting: "verbinding maken…",
  "logged-out": "uitgelogd — opnieuw koppelen nodig",
  "lease-elsewhere": "verbonden via een ander proces",
};

export default defineCommand({
  name: "status",
  aliases: ["bot status", "storingen"],
  summary: "voor de coördinator: verbindingen, berichten die niet aankwamen en wat er nog verstuurd moet worden",
  summaryEn: "for the coordinator: connections, messages that could not be delivered and what is still to be sent",
  usage: "/status",
  examples: ["/status"],
  mutates: false,
  parse: () => ({}),
  schema: z.object({}),
  async run(ctx) {
    ctx.requireRole(["coordinator"], "de status van de bot bekijken");
    const since = new Date(ctx.now.getTime() - DEAD_LETTER_WINDOW_MS);
    const [dead, open] = await Promise.all([
      listDeadLetters(ctx.tx, { wijkId: ctx.wijk.id, since }),
      countOpenDeliveries(ctx.tx, { wijkId: ctx.wijk.id, now: ctx.now }),
    ]);

    const statuses = Object.entries(platformStatuses());
    const connections = statuses.length
      ? statuses.map(([name, s]) => `- ${name}: ${s.ok ? "✅" : "⚠️"} ${STATE_LABELS[s.state] ?? s.state}${s.detail ? ` (${s.detail})` : ""}`)
      : ["- geen platform verbonden in dit proces"];

    const deadLines = dead.total
      ? [
          `⚠️ ${dead.total} ${dead.total === 1 ? "bericht kwam" : "berichten kwamen"} de afgelopen 7 dagen niet aan (na herhaald proberen):`,
          ...dead.recent.map(
            (d) =>
              `- ${formatMoment(d.at, ctx.now)} · ${d.platform} · ${d.chat ?? "onbekende chat"}${d.what === "edit" ? " · bewerking" : ""} · ${d.attempts}× geprobeerd${d.reason ? ` · ${d.reason}` : ""}`,
          ),
          ...(dead.total > dead.recent.length ? [`- en ${dead.total - dead.recent.length} eerder`] : []),
        ]
      : ["Alle berichten van de afgelopen 7 dagen zijn aangekomen."];

    const deliveryLines = [
      `Nog te versturen: ${open.pending}${open.overdue ? ` (waarvan ${open.overdue} te laat)` : ""}`,
      ...(open.dead ? [`⚠️ ${open.dead} geplande ${open.dead === 1 ? "herinnering" : "herinneringen"} opgegeven na ${open.maxAttempts} pogingen (7 dagen)`] : []),
    ];

    return [`*Status van de bot in ${ctx.wijk.name}*`, "*Verbindingen*", ...connections, "*Afgeleverd*", ...deadLines, "*Gepland*", ...deliveryLines].join("\n");
  },
});
