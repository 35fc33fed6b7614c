import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { AppError } from "../src/services/errors.ts";
import {
  createIdentityLinkCode,
  IDENTITY_LINK_CODE_VALID_MINUTES,
  redeemIdentityLinkCode,
} from "../src/services/identity-link-codes.ts";
import { translator } from "../src/i18n/index.ts";

/** Wrong codes allowed per account in the code's lifetime: six digits must not be guessable. */
const MAX_WRONG_CODES = 5;
/** Wrong guesses per platform account; in memory, as the codes themselves live minutes. */
const wrongGuesses = new Map<string, number[]>();

export default defineCommand({
  name: "ik koppel",
  aliases: ["ik link", "me link", "link me"],
  summary: "koppelt je account op een ander platform (Telegram, Teams, WhatsApp) aan jou, met een eenmalige code",
  summaryEn: "links your account on another platform to you, with a one-time code",
  usage: "/ik koppel  (geeft een code)  ·  /ik koppel <code>  (op het andere platform)",
  examples: ["/ik koppel", "/ik koppel 482913"],
  needsWijk: false,
  mutates: true,
  parse: (rest) => ({ code: rest.replace(/\s+/g, "") || undefined }),
  schema: z.object({
    code: z.string().regex(/^\d{6}$/, "link.codeShape").optional(),
  }),
  async run(ctx, args) {
    if (!ctx.message.isDirect) {
      return ctx.t("link.privately");
    }
    if (!args.code) {
      if (!ctx.sender) {
        return ctx.t("link.unknownHere");
      }
      const code = await createIdentityLinkCode(ctx.tx, { person: ctx.sender, now: ctx.now });
      return ctx.t("link.code", { code, minutes: IDENTITY_LINK_CODE_VALID_MINUTES });
    }
    const key = `${ctx.message.platform}\u0000${ctx.message.senderId}`;
    const windowStart = ctx.now.getTime() - IDENTITY_LINK_CODE_VALID_MINUTES * 60_000;
    const recent = (wrongGuesses.get(key) ?? []).filter((at) => at > windowStart);
    if (recent.length >= MAX_WRONG_CODES) {
      return ctx.t("link.tooMany", { minutes: IDENTITY_LINK_CODE_VALID_MINUTES });
    }
    const senderIds = [ctx.message.senderId, ctx.message.senderAltId].filter((id): id is string => Boolean(id));
    try {
      const linked = await redeemIdentityLinkCode(ctx.tx, { code: args.code, platform: ctx.message.platform, senderIds, now: ctx.now });
      wrongGuesses.delete(key);
      if (linked.alreadyLinked) return ctx.t("link.already", { name: linked.person.displayName });
      return translator(linked.person.language)("link.done", { name: linked.person.displayName, wijk: linked.wijkName });
    } catch (error) {
      if (error instanceof AppError && error.code === "NOT_FOUND") wrongGuesses.set(key, [...recent, ctx.now.getTime()]);
      throw error;
    }
  },
});
