import { Page, DeadlineBadge, AGE_GROUP_LABELS, STATUS_LABELS } from "../layout.tsx";
import type { ActionDetails } from "../../services/get-action-details.ts";
import { isDueWithin, isOverdue } from "../../services/deadlines.ts";
import { DUE_SOON_DAYS, NO_PILLAR } from "../../services/get-web-board.ts";
import { describeChange } from "../../render/history.ts";
import { formatDay, formatMoment, formatMoney, formatNumber } from "../../render/format.ts";

export function ActionPage(props: { token: string; wijkName: string; details: ActionDetails; now: Date }) {
  const { action, names } = props.details;
  const now = props.now;
  return (
    <Page token={props.token} wijkName={props.wijkName} section="actie" title={action.title} now={now}>
      <h1>{action.title}</h1>
      <div class="table-wrap" tabindex={0} role="region" aria-label="Gegevens, bereik en geld">
        <table>
          <caption>Gegevens</caption>
          <tbody>
            <Row label="Status">{STATUS_LABELS[action.status] ?? action.status}</Row>
            <Row label="Pijler">{action.pillar?.name ?? NO_PILLAR}</Row>
            <Row label="Doel">{action.goal?.title ?? "–"}</Row>
            <Row label="Doelgroep">{action.ageGroup ? (AGE_GROUP_LABELS[action.ageGroup] ?? action.ageGroup) : "–"}</Row>
            <Row label="Eigenaar">{action.owners.map((o) => o.person.displayName).join(", ") || "nog niemand"}</Row>
            <Row label="Partners">{action.partners.map((p) => p.organisation.name).join(", ") || "–"}</Row>
            <Row label="Gestart">{action.startDate ? formatDay(action.startDate, now) : "–"}</Row>
            <Row label="Deadline">
              {action.deadline ? (
                <>
                  <time datetime={action.deadline.toISOString()}>{formatMoment(action.deadline, now)}</time>{" "}
                  <DeadlineBadge overdue={isOverdue(action, now)} dueSoon={isDueWithin(action, now, DUE_SOON_DAYS)} />
                </>
              ) : (
                "geen"
              )}
            </Row>
          </tbody>
        </table>
        <table>
          <caption>Bereik en geld</caption>
          <thead>
            <tr>
              <th scope="col"></th>
              <th scope="col" class="num">Beoogd / begroot</th>
              <th scope="col" class="num">Bereikt / besteed</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Bereik (mensen)</th>
              <td class="num">{formatNumber(action.reachIntended)}</td>
              <td class="num">
                {formatNumber(action.reachReached)}
                {action.reachIntended && action.reachReached !== null ? ` (${Math.round((100 * action.reachReached) / action.reachIntended)}%)` : ""}
              </td>
            </tr>
            <tr>
              <th scope="row">Budget</th>
              <td class="num">{formatMoney(action.budgetPlannedCents)}</td>
              <td class="num">{formatMoney(action.budgetSpentCents)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <h2>Voortgang</h2>
      {action.notes.length ? (
        <ul class="plain">
          {action.notes.map((n) => (
            <li>
              <time datetime={n.createdAt.toISOString()}>{formatDay(n.createdAt, now)}</time> {n.person?.displayName ?? "oud-lid"}: {n.text}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">Nog geen voortgang genoteerd. In de groep: /actie update {action.shortName ?? action.title} …</p>
      )}
      <h2>Geschiedenis</h2>
      {action.history.length ? (
        <ol class="plain" reversed>
          {action.history.map((h) => (
            <li>
              <time datetime={h.createdAt.toISOString()}>{formatDay(h.createdAt, now)}</time> {h.person?.displayName ?? (h.platform === "import" ? "import" : "oud-lid")}:{" "}
              {describeChange(h, names, now)}
              {h.undoneAt ? " (ongedaan gemaakt)" : ""}
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted">Geen wijzigingen vastgelegd.</p>
      )}
    </Page>
  );
}

function Row(props: { label: string; children: unknown }) {
  return (
    <tr>
      <th scope="row">{props.label}</th>
      <td>{props.children as string}</td>
    </tr>
  );
}
