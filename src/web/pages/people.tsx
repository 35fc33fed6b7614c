import { Page } from "../layout.tsx";
import type { PersonOverview } from "../../services/people.ts";
import { ROLE_LABELS, type Role } from "../../domain.ts";
import { formatDay } from "../../render/format.ts";

const ROLE_ORDER = ["coordinator", "voorzitter", "stuurgroep", "aanjager", "kartrekker"];

/** Who's who: name, organisation, role and open actions; no contact details, no platform ids. */
export function PeoplePage(props: { token: string; wijkName: string; people: PersonOverview[]; now: Date }) {
  const people = [...props.people].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.displayName.localeCompare(b.displayName, "nl"));
  return (
    <Page token={props.token} wijkName={props.wijkName} section="wie" title="Wie is wie" now={props.now}>
      <h1>Wie is wie</h1>
      {people.length ? (
        <div class="table-wrap" tabindex={0} role="region" aria-label="Wie is wie">
          <table>
            <caption>{people.length} mensen</caption>
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">Rol</th>
                <th scope="col">Organisatie</th>
                <th scope="col">Open acties</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr>
                  <th scope="row">{p.displayName}</th>
                  <td>
                    {ROLE_LABELS[p.role as Role] ?? p.role}
                    {p.pillarName ? ` ${p.pillarName}` : ""}
                  </td>
                  <td>{p.organisation ?? "–"}</td>
                  <td>
                    {p.openActions.length
                      ? p.openActions.map((a) => `${a.title}${a.deadline ? ` (${formatDay(a.deadline, props.now)})` : ""}`).join("; ")
                      : "–"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted">Nog niemand aangemeld.</p>
      )}
    </Page>
  );
}
