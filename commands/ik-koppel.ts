import { z } from "zod";
import { defineCommand } from "../src/core/command.ts";
import { AppError } from "../src/core/errors.ts";
import { createIdentityLinkCode, IDENTITY_LINK_CODE_VALID_MINUTES } from "../src/services/create-identity-link-code.ts";
import { redeemIdentityLinkCode } from "../src/services/redeem-identity-link-code.ts";
import { countRecentWrongLinkCodes, MAX_WRONG_LINK_CODES } from "../src/services/count-link-code-guesses.ts";
import { forgetWrongLinkCodes } from "../src/services/forget-link-code-guesses.ts";
import { recordWrongLinkCode } from "../src/services/record-link-code-guess.ts";
import { translator } from "../src/i18n/index.ts";

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
    const guesser = { platform: ctx.message.platform, senderId: ctx.message.senderId };
    if ((await countRecentWrongLinkCodes(ctx.tx, guesser, ctx.now)) >= MAX_WRONG_LINK_CODES) {
      return ctx.t("link.tooMany", { minutes: IDENTITY_LINK_CODE_VALID_MINUTES });
    }
    const senderIds = [ctx.message.senderId, ctx.message.senderAltId].filter((id): id is string => Boolean(id));
    try {
      const linked = await redeemIdentityLinkCode(ctx.tx, { code: args.code, platform: ctx.message.platform, senderIds, now: ctx.now });
      await forgetWrongLinkCodes(ctx.tx, guesser);
      if (linked.alreadyLinked) return ctx.t("link.already", { name: linked.person.displayName });
      return translator(linked.person.language)("link.done", { name: linked.person.displayName, wijk: linked.wijkName });
    } catch (error) {
      // Answered, not thrown: a thrown error would roll the recorded guess back with the transaction.
      if (error instanceof AppError && error.code === "NOT_FOUND") {
        await recordWrongLinkCode(ctx.tx, guesser, ctx.now);
        return error.localized(ctx.t);
      }
      throw error;
    }
  },
});
