import type { Translate } from "../i18n/index.ts";

/** The one-time welcome for someone new in a group: how to register (/ik) and the three commands they need most. */
export function welcomeText(t: Translate, name: string, wijkName: string): string {
  return t("core.welcome", { name, wijk: wijkName });
}
