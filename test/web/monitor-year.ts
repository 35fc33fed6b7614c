import { createHarness, type Harness } from "../helpers/harness.ts";
import { toInstant } from "../../src/time/amsterdam.ts";

/**
 * The demo wijk through plan year 2026, typed in the chat as the people would: updates,
 * reach, money, actions finished and stopped, a meeting with decisions, the mid-year check
 * with answers, and on 4 January 2027 the open actions carried into 2027. The clock then
 * stands at 11 January 2027, so the monitor of 2026 looks back on a whole year.
 */
export async function monitorYear(): Promise<Harness> {
  const h = await createHarness();
  const at = (month: number, day: number, year = 2026) => h.clock.set(toInstant({ year, month, day }, 10, 0));
  const say = async (name: string, text: string, chat?: string) => {
    const replies = await h.say(name, text, chat ? { chat } : {});
    if (process.env.WIJKBOT_DEBUG_MONITOR) process.stderr.write(`${h.clock.now().toISOString()} ${name}: ${text}\n  → ${replies.join("\n  → ")}\n`);
    return replies;
  };
  at(2, 10);
  await say("Fatima", "/actie update watertappunt 200 handtekeningen opgehaald bij de kinderraad");
  await say("Fatima", "/actie bereik watertappunt 180");
  await say("Sanne", "/actie budget wijkplan jonge kind begroot 1500");
  at(3, 3);
  await say("Ahmed", "/actie update 2e schil Training oudermediatoren gegeven aan 12 ouders");
  await say("Ahmed", "/actie klaar 2e schil");
  at(3, 20);
  await say("Henk", "/vergadering nieuw 2026-04-09 15:00 wijkcentrum", "stuurgroep");
  at(4, 9);
  await say("Henk", "/besluit Watertappunt komt bij het winkelcentrum", "stuurgroep");
  await say("Henk", "/besluit Wijkwebsite krijgt € 2.000 extra uit het wijkbudget", "stuurgroep");
  at(5, 12);
  await say("Youssef", "/actie bezig wijkwebsite");
  await say("Youssef", "/actie budget wijkwebsite besteed 3200");
  await say("Peter", "/actie stop financiële educatie");
  at(6, 15);
  await say("Sanne", "/actie bereik wijkplan jonge kind 95");
  await say("Sanne", "/actie update wijkplan jonge kind Conceptplan besproken met kinderopvang en JGZ");
  at(7, 1);
  await say("Marieke", "/jaarplan check", "dm");
  await h.say("Fatima", "/check 1 op koers", { chat: "dm" });
  await h.say("Joke", "/check 1 loopt achter", { chat: "dm" });
  at(9, 22);
  await say("Joke", "/actie klaar betrokkenheid cb");
  at(11, 5);
  await say("Fatima", "/actie update watertappunt Plek bij het winkelcentrum is goedgekeurd");
  at(1, 4, 2027);
  await say("Marieke", "/jaarplan 2027 meenemen", "dm");
  at(1, 11, 2027);
  return h;
}
