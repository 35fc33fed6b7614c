import type { BotDeps } from "./bot-deps.ts";
import type { MemberLeft, OutgoingMessage } from "./types.ts";
import { errorForLog } from "./logger.ts";
import { recordChatDeparture, type ChatDepartureResult } from "../services/record-chat-departure.ts";
import { messagesToCoordinators } from "../services/notify-coordinators.ts";
import { orphanLines } from "../render/orphans.ts";
import type { Translate } from "../i18n/index.ts";

/**
 * Someone the platform reports as gone from a bound group (issue 12, defect 13): recorded in
 * one transaction, then the coördinators of the wijk are told once — with the open actions
 * that need a new owner when the person left the wijk, as /vertrek shows them.
 */
export async function handleMemberLeft(deps: BotDeps, event: MemberLeft): Promise<OutgoingMessage[]> {
  try {
    const memberIds = [event.memberId, event.memberAltId].filter((id): id is string => Boolean(id));
    const result = await deps.db.$transaction((tx) => recordChatDeparture(tx, { platform: event.platform, chatId: event.chatId, memberIds, at: deps.clock.now() }));
    if (result.kind === "ignored") return [];
    deps.logger.info({ platform: event.platform, goneFromWijk: result.goneFromWijk, orphans: result.orphans.length }, "a member left a group");
    if (result.goneFromWijk) deps.onChange?.(result.wijkId);
    const notices = await messagesToCoordinators(deps.db, { wijkIds: [result.wijkId], text: (t) => departureNotice(t, result) });
    if (!notices.length) deps.logger.warn({ platform: event.platform }, "a member left a group; no coordinator to tell");
    return notices;
  } catch (error) {
    deps.logger.error({ platform: event.platform, err: errorForLog(error) }, "recording a member who left failed");
    return [];
  }
}

function departureNotice(t: Translate, result: Extract<ChatDepartureResult, { kind: "recorded" }>): string {
  const name = result.person.displayName;
  const chat = t(result.chatKind === "kartrekkers" ? "memberLeft.chatKartrekkers" : result.chatKind === "stuurgroep" ? "memberLeft.chatStuurgroep" : "memberLeft.chatOther");
  if (!result.goneFromWijk) return t("memberLeft.oneChat", { name, chat });
  const work = result.orphans.length
    ? `${t("leave.orphans")}\n${orphanLines(result.orphans, t)}\n${t("leave.hint", { name })}`
    : t("leave.noOrphans");
  return `${t("memberLeft.gone", { name, chat })}\n${work}\n${t("memberLeft.linkHint", { name })}`;
}
