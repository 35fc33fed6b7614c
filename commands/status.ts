import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { countOpenDeliveries } from "../src/services/count-open-deliveries.ts";
import { listDeadLetters, DEAD_LETTER_WINDOW_MS } from "../src/services/list-dead-letters.ts";
import { formatMoment } from "../src/render/format.ts";
import { labelOf, localize } from "../src/i18n/index.ts";

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
    ctx.requireRole(["coordinator"], "botStatus.what");
    const { t } = ctx;
    const since = new Date(ctx.now.getTime() - DEAD_LETTER_WINDOW_MS);
    const [dead, open] = await Promise.all([
      listDeadLetters(ctx.tx, { wijkId: ctx.wijk.id, since }),
      countOpenDeliveries(ctx.tx, { wijkId: ctx.wijk.id, now: ctx.now }),
    ]);

    const statuses = Object.entries(ctx.runtime.platformStatuses());
    const connections = statuses.length
      ? statuses.map(([name, s]) => `- ${name}: ${s.ok ? "✅" : "⚠️"} ${labelOf("botStatus.state", s.state, t)}${s.detail ? ` (${localize(t, s.detail)})` : ""}`)
      : [t("botStatus.noPlatform")];

    const deadLines = dead.total
      ? [
          t("botStatus.dead", { count: dead.total }),
          ...dead.recent.map((d) =>
            [
              `- ${formatMoment(d.at, ctx.now, ctx.lang)}`,
              d.platform,
              d.chat ?? t("botStatus.unknownChat"),
              ...(d.what === "edit" ? [t("botStatus.edit")] : []),
              t("botStatus.attempts", { count: d.attempts }),
              ...(d.reason ? [d.reason] : []),
            ].join(" · "),
          ),
          ...(dead.total > dead.recent.length ? [t("botStatus.earlier", { count: dead.total - dead.recent.length })] : []),
        ]
      : [t("botStatus.allDelivered")];

    const deliveryLines = [
      open.overdue ? t("botStatus.pendingLate", { count: open.pending, late: open.overdue }) : t("botStatus.pending", { count: open.pending }),
      ...(open.dead ? [t("botStatus.gaveUp", { count: open.dead, attempts: open.maxAttempts })] : []),
    ];

    return [t("botStatus.title", { wijk: ctx.wijk.name }), t("botStatus.connections"), ...connections, t("botStatus.delivered"), ...deadLines, t("botStatus.planned"), ...deliveryLines].join("\n");
  },
});
