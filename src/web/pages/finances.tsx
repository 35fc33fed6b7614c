import { Page } from "../layout.tsx";
import { overviewPath } from "../public-url.ts";
import { NO_PILLAR, type OverviewAction, type WijkOverview } from "../../services/get-web-board.ts";
import { formatMoney } from "../../render/format.ts";

/** Planned vs spent per pillar and per action, with totals. */
export function FinancesPage(props: { token: string; overview: WijkOverview; now: Date }) {
  const { token, overview } = props;
  const groups = [
    ...overview.pillars.map((p) => ({ name: p.name, actions: overview.actions.filter((a) => a.pillarId === p.id) })),
    { name: NO_PILLAR, actions: overview.actions.filter((a) => !a.pillarId) },
  ].filter((g) => g.name !== NO_PILLAR || g.actions.length);
  const total = totals(overview.actions);
  return (
    <Page token={token} wijkName={overview.wijk.name} section="financien" title="Financiën" now={props.now}>
      <h1>Financiën</h1>
      <div class="table-wrap" tabindex={0} role="region" aria-label="Financiën per pijler">
        <table>
          <caption>Per pijler</caption>
          <thead>
            <tr>
              <th scope="col">Pijler</th>
              <th scope="col" class="num">Begroot</th>
              <th scope="col" class="num">Besteed</th>
              <th scope="col" class="num">Nog te besteden</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => {
              const t = totals(g.actions);
              return (
                <tr>
                  <th scope="row">{g.name}</th>
                  <td class="num">{formatMoney(t.planned)}</td>
                  <td class="num">{formatMoney(t.spent)}</td>
                  <td class="num">{formatMoney(t.planned - t.spent)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Totaal</th>
              <td class="num">{formatMoney(total.planned)}</td>
              <td class="num">{formatMoney(total.spent)}</td>
              <td class="num">{formatMoney(total.planned - total.spent)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <h2>Per actie</h2>
      {groups.map((g) => {
        const withMoney = g.actions.filter((a) => a.budgetPlannedCents !== null || a.budgetSpentCents !== null);
        return (
          <div class="table-wrap" tabindex={0} role="region" aria-label={`Financiën ${g.name}`}>
            <table>
              <caption>{g.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Actie</th>
                  <th scope="col" class="num">Begroot</th>
                  <th scope="col" class="num">Besteed</th>
                </tr>
              </thead>
              <tbody>
                {withMoney.length ? (
                  withMoney.map((a) => (
                    <tr>
                      <th scope="row">
                        <a href={overviewPath(token, `acties/${a.id}`)}>{a.title}</a>
                      </th>
                      <td class="num">{formatMoney(a.budgetPlannedCents)}</td>
                      <td class="num">{formatMoney(a.budgetSpentCents)}</td>
                    </tr>
                  ))
                ) : (
                  <tr>
                    <td colspan={3} class="muted">
                      Geen bedragen bekend.
                    </td>
                  </tr>
                )}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Totaal {g.name}</th>
                  <td class="num">{formatMoney(totals(g.actions).planned)}</td>
                  <td class="num">{formatMoney(totals(g.actions).spent)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        );
      })}
      <p class="muted">Bedragen zoals de kartrekkers ze met /actie budget hebben doorgegeven. Acties zonder bedrag tellen als € 0.</p>
    </Page>
  );
}

function totals(actions: readonly OverviewAction[]): { planned: number; spent: number } {
  return {
    planned: actions.reduce((n, a) => n + (a.budgetPlannedCents ?? 0), 0),
    spent: actions.reduce((n, a) => n + (a.budgetSpentCents ?? 0), 0),
  };
}
