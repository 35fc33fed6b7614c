import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { undoLastChange } from "../src/services/undo-last-change.ts";
import { getAgenda } from "../src/services/get-agenda.ts";
import { findMeeting } from "../src/services/find-meeting.ts";
import { renderAgenda } from "../src/render/agenda.ts";
import { getActionNaming } from "../src/services/get-action-naming.ts";
import { renderActionDescription } from "../src/render/action-description.ts";
import { getActionDetails } from "../src/services/get-action-details.ts";
import { describeChange } from "../src/render/history.ts";
import { formatDay } from "../src/render/format.ts";
import { roleLabel } from "../src/i18n/index.ts";

export default defineCommand({
  name: "ongedaan",
  aliases: ["ongedaanmaken", "herstel", "terug", "undo"],
  summary: "maakt je laatste wijziging ongedaan (de geschiedenis blijft bewaard)",
  summaryEn: "undoes your last change (the history is kept)",
  usage: "/ongedaan",
  examples: ["/ongedaan"],
  mutates: true,
  parse: (rest) => ({ rest }),
  schema: z.object({ rest: z.string() }),
  async run(ctx) {
    const undone = await undoLastChange(ctx.tx, ctx.meta);
    if ("absence" in undone) return ctx.t(undone.absence.what === "set" ? "absence.undoneSet" : "absence.undoneEnd", { name: undone.absence.personName });
    if ("reminders" in undone) {
      return undone.reminders.reminders.map((r) => ctx.t("reminder.undone", { number: r.number, text: r.text })).join("\n");
    }
    if ("agenda" in undone) {
      const meeting = undone.agenda.meetingId ? await findMeeting(ctx.tx, undone.agenda.meetingId) : null;
      return meeting ? ctx.t("agenda.undone", { agenda: renderAgenda(await getAgenda(ctx.tx, { meeting, now: ctx.now, withPillars: false }), ctx.t, ctx.lang, ctx.now) }) : ctx.t("agenda.undoneShort");
    }
    if ("decision" in undone) return ctx.t(undone.decision.shared ? "decision.undoneShared" : "decision.undone", { text: undone.decision.text });
    if ("role" in undone) {
      const { personName, role, pillarName } = undone.role;
      return ctx.t("role.undone", { name: personName, role: roleLabel(role, ctx.t), pillar: pillarName ? ctx.t("role.ofPillar", { pillar: pillarName }) : "" });
    }
    if ("holiday" in undone) {
      const period = { from: formatDay(undone.holiday.startDate, ctx.now, ctx.lang), to: formatDay(undone.holiday.endDate, ctx.now, ctx.lang) };
      return ctx.t(undone.holiday.what === "added" ? "holiday.undoneAdded" : "holiday.undoneRemoved", period);
    }
    const { actionId, changes } = undone;
    const d = renderActionDescription(await getActionNaming(ctx.tx, actionId), ctx.lang);
    const { names } = await getActionDetails(ctx.tx, { wijkId: ctx.wijk.id, actionId, historyLimit: 20 });
    const what = changes
      .map((c) => describeChange({ field: c.field, fromValue: c.from, toValue: c.to, createdAt: ctx.now, undoneAt: null, person: null }, names, ctx.now, ctx.lang))
      .join("; ");
    return ctx.t("undo.done", { label: d.label, what });
  },
});
