import { Page } from "../layout.tsx";
import type { PageContext } from "../page-context.ts";
import type { PersonOverview } from "../../services/list-people.ts";
import { roleLabel } from "../../i18n/index.ts";
import { formatDay } from "../../render/format.ts";
import type { AbsenceListing } from "../../services/list-absences.ts";
import { absenceLabel } from "../../render/absence.ts";

const ROLE_ORDER = ["coordinator", "voorzitter", "stuurgroep", "aanjager", "kartrekker"];

/** Who's who: name, organisation, role and open actions; no contact details, no platform ids. */
export function PeoplePage(props: { ctx: PageContext; wijkName: string; people: PersonOverview[]; now: Date; absences?: AbsenceListing[] }) {
  const { ctx, now } = props;
  const { t, lang } = ctx;
  const people = [...props.people].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.displayName.localeCompare(b.displayName, "nl"));
  const title = t("web.nav.people");
  const absent = new Map((props.absences ?? []).map((a) => [a.personId, a]));
  return (
    <Page ctx={ctx} wijkName={props.wijkName} section="wie" title={title} now={now}>
      <h1>{title}</h1>
      {people.length ? (
        <div class="table-wrap" tabindex={0} role="region" aria-label={title}>
          <table>
            <caption>{t("web.people.count", { count: people.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("web.people.name")}</th>
                <th scope="col">{t("web.people.role")}</th>
                <th scope="col">{t("web.organisation")}</th>
                <th scope="col">{t("web.people.openActions")}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr>
                  <th scope="row">{p.displayName}</th>
                  <td>
                    {roleLabel(p.role, t)}
                    {p.pillarName ? ` ${p.pillarName}` : ""}
                    {absent.has(p.id) ? ` · ${absenceLabel(absent.get(p.id)!, now, lang)}` : ""}
                  </td>
                  <td>{p.organisation ?? "–"}</td>
                  <td>
                    {p.openActions.length
                      ? p.openActions.map((a) => `${a.title}${a.deadline ? ` (${formatDay(a.deadline, now, lang)})` : ""}`).join("; ")
                      : "–"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted">{t("web.people.none")}</p>
      )}
    </Page>
  );
}
