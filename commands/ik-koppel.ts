import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { AppError } from "../src/services/errors.ts";
import {
  createIdentityLinkCode,
  IDENTITY_LINK_CODE_VALID_MINUTES,
  redeemIdentityLinkCode,
} from "../src/services/identity-link-codes.ts";

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
    code: z.string().regex(/^\d{6}$/, "een koppelcode bestaat uit 6 cijfers").optional(),
  }),
  async run(ctx, args) {
    if (!ctx.message.isDirect) {
      return "Doe dit in een privégesprek met mij, dan ziet niemand anders je code. Stuur me daar: /ik koppel";
    }
    if (!args.code) {
      if (!ctx.sender) {
        return "Ik ken je hier nog niet. Typ /ik koppel in een privégesprek waar ik je al ken (bijvoorbeeld op je andere app); je krijgt dan een code die je hier invult: /ik koppel <code>";
      }
      const code = await createIdentityLinkCode(ctx.tx, { person: ctx.sender, now: ctx.now });
      return `🔑 Je koppelcode: *${code}* (${IDENTITY_LINK_CODE_VALID_MINUTES} minuten geldig, één keer te gebruiken).\nStuur me op het andere platform in een privégesprek: /ik koppel ${code}`;
    }
    const key = `${ctx.message.platform}\u0000${ctx.message.senderId}`;
    const windowStart = ctx.now.getTime() - IDENTITY_LINK_CODE_VALID_MINUTES * 60_000;
    const recent = (wrongGuesses.get(key) ?? []).filter((at) => at > windowStart);
    if (recent.length >= MAX_WRONG_CODES) {
      return `Te veel verkeerde codes. Wacht ${IDENTITY_LINK_CODE_VALID_MINUTES} minuten en vraag dan een nieuwe code met /ik koppel.`;
    }
    const senderIds = [ctx.message.senderId, ctx.message.senderAltId].filter((id): id is string => Boolean(id));
    try {
      const linked = await redeemIdentityLinkCode(ctx.tx, { code: args.code, platform: ctx.message.platform, senderIds, now: ctx.now });
      wrongGuesses.delete(key);
      if (linked.alreadyLinked) return `Dit account was al van jou, ${linked.person.displayName}.`;
      return `🔗 Gekoppeld! Ik ken je hier nu ook als *${linked.person.displayName}* (${linked.wijkName}). Typ /help om te beginnen.`;
    } catch (error) {
      if (error instanceof AppError && error.code === "NOT_FOUND") wrongGuesses.set(key, [...recent, ctx.now.getTime()]);
      throw error;
    }
  },
});
