import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { getOrganisationName } from "../src/services/get-organisation-name.ts";
import { updateProfile } from "../src/services/update-profile.ts";
import { cleanDisplayName } from "../src/parse/clean-text.ts";
import { getPersonalStart } from "../src/services/personal-start.ts";
import { roleLabel } from "../src/i18n/index.ts";
import { formatDay, formatMoment } from "../src/render/format.ts";
import type { CommandContext } from "../src/core/command.ts";

export default defineCommand({
  name: "ik",
  aliases: ["me", "profiel", "profile"],
  summary: "stelt in hoe je getoond wordt: naam en organisatie; in een privébericht zonder naam: je persoonlijke start",
  summaryEn: "sets how you're shown (name, organisation); privately without a name: your personal start",
  usage: "/ik <naam>[, <organisatie>]",
  examples: ["/ik Sanne de Vries, GGD Groningen", "/ik Ahmed"],
  mutates: true,
  parse(rest) {
    const [name, ...org] = rest.split(",");
    return { name: cleanDisplayName(name ?? ""), organisation: cleanDisplayName(org.join(",")) || undefined };
  },
  schema: z.object({
    name: z.string().max(60, "me.nameLong"),
    organisation: z.string().min(2, "me.orgShort").max(80, "me.orgLong").optional(),
  }),
  async run(ctx, args) {
    if (!args.name) {
      if (ctx.message.isDirect) return personalStart(ctx);
      const org = await getOrganisationName(ctx.tx, ctx.sender);
      const profile = ctx.t("me.profile", { name: ctx.sender.displayName, organisation: org ? ` (${org})` : "", role: roleLabel(ctx.sender.role, ctx.t) });
      return `${profile}\n${ctx.t("me.profileDmHint")}`;
    }
    const person = await updateProfile(ctx.tx, { person: ctx.sender, displayName: args.name, organisation: args.organisation });
    return ctx.t("me.updated", { name: person.displayName, organisation: args.organisation ? ` (${args.organisation})` : "" });
  },
});

/** In a private chat: your role, open actions with deadlines, your aanjager, the next meeting and where to get help. */
async function personalStart(ctx: CommandContext): Promise<string> {
  const { t } = ctx;
  const start = await getPersonalStart(ctx.tx, { person: ctx.sender, now: ctx.now });
  const lines = [
    t("me.startTitle", { name: ctx.sender.displayName, wijk: ctx.wijk.name }),
    t("me.startRole", {
      role: roleLabel(start.role, t),
      pillar: start.pillarName ? ` (${start.pillarName})` : "",
      organisation: start.organisation ? `, ${start.organisation}` : "",
    }),
  ];
  if (start.openActions.length) {
    lines.push(t("me.startActions"));
    for (const a of start.openActions) {
      lines.push(t("me.startAction", { title: a.title, deadline: a.deadline ? t("me.startDeadline", { date: formatDay(a.deadline, ctx.now, ctx.lang) }) : "" }));
    }
  } else {
    lines.push(t("me.startNoActions"));
  }
  for (const a of start.aanjagers) lines.push(t("me.startAanjager", { pillar: a.pillarName, name: a.name }));
  if (start.nextMeeting) {
    lines.push(t("me.startMeeting", { when: formatMoment(start.nextMeeting.startsAt, ctx.now, ctx.lang), place: start.nextMeeting.place ? `, ${start.nextMeeting.place}` : "" }));
  }
  lines.push(start.coordinatorName ? t("me.startHelp", { coordinator: start.coordinatorName }) : t("me.startHelpNoCoordinator"));
  lines.push(t("me.startLanguage"));
  return lines.join("\n");
}
