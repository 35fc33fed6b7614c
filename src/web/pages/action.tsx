import { Page, DeadlineBadge, ageGroupLabel, fill, statusTitle } from "../layout.tsx";
import type { PageContext } from "../page-context.ts";
import type { ActionDetails } from "../../services/get-action-details.ts";
import { isDueWithin, isOverdue } from "../../rules/deadlines.ts";
import { DUE_SOON_DAYS } from "../../services/get-web-board.ts";
import { describeChange } from "../../render/history.ts";
import { formatDay, formatMoment, formatMoney, formatNumber } from "../../render/format.ts";

export function ActionPage(props: { ctx: PageContext; wijkName: string; details: ActionDetails; now: Date }) {
  const { ctx, now } = props;
  const { t, lang } = ctx;
  const { action, names } = props.details;
  return (
    <Page ctx={ctx} wijkName={props.wijkName} section="actie" title={action.title} now={now}>
      <h1>{action.title}</h1>
      <div class="table-wrap" tabindex={0} role="region" aria-label={t("web.action.tablesLabel")}>
        <table>
          <caption>{t("web.action.details")}</caption>
          <tbody>
            <Row label={t("web.action.status")}>{statusTitle(action.status, ctx)}</Row>
            <Row label={t("web.pillar")}>{action.pillar?.name ?? t("board.noPillar")}</Row>
            <Row label={t("web.goal")}>{action.goal?.title ?? "–"}</Row>
            <Row label={t("web.ageGroup")}>{action.ageGroup ? ageGroupLabel(action.ageGroup, t) : "–"}</Row>
            <Row label={t("web.owner")}>{action.owners.map((o) => o.person.displayName).join(", ") || t("action.noOwner")}</Row>
            <Row label={t("web.partners")}>{action.partners.map((p) => p.organisation.name).join(", ") || "–"}</Row>
            <Row label={t("web.action.started")}>{action.startDate ? formatDay(action.startDate, now, lang) : "–"}</Row>
            <Row label={t("web.deadline")}>
              {action.deadline ? (
                <>
                  <time datetime={action.deadline.toISOString()}>{formatMoment(action.deadline, now, lang)}</time>{" "}
                  <DeadlineBadge t={t} overdue={isOverdue(action, now)} dueSoon={isDueWithin(action, now, DUE_SOON_DAYS)} />
                </>
              ) : (
                t("web.none")
              )}
            </Row>
          </tbody>
        </table>
        <table>
          <caption>{t("web.action.reachAndMoney")}</caption>
          <thead>
            <tr>
              <th scope="col"></th>
              <th scope="col" class="num">{t("web.action.intendedPlanned")}</th>
              <th scope="col" class="num">{t("web.action.reachedSpent")}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t("web.action.reachPeople")}</th>
              <td class="num">{formatNumber(action.reachIntended, lang)}</td>
              <td class="num">
                {formatNumber(action.reachReached, lang)}
                {action.reachIntended && action.reachReached !== null ? ` (${Math.round((100 * action.reachReached) / action.reachIntended)}%)` : ""}
              </td>
            </tr>
            <tr>
              <th scope="row">{t("web.action.budget")}</th>
              <td class="num">{formatMoney(action.budgetPlannedCents, lang)}</td>
              <td class="num">{formatMoney(action.budgetSpentCents, lang)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <h2>{t("web.action.progress")}</h2>
      {action.notes.length ? (
        <ul class="plain">
          {action.notes.map((n) => (
            <li>
              <time datetime={n.createdAt.toISOString()}>{formatDay(n.createdAt, now, lang)}</time> {n.person?.displayName ?? t("action.formerMember")}: {n.text}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{fill(t("web.action.noProgress"), { action: action.shortName ?? action.title })}</p>
      )}
      <h2>{t("web.action.history")}</h2>
      {action.history.length ? (
        <ol class="plain" reversed>
          {action.history.map((h) => (
            <li>
              <time datetime={h.createdAt.toISOString()}>{formatDay(h.createdAt, now, lang)}</time>{" "}
              {h.person?.displayName ?? (h.platform === "import" ? t("web.action.imported") : t("action.formerMember"))}: {describeChange(h, names, now, lang)}
              {h.undoneAt ? t("history.undone") : ""}
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted">{t("web.action.noHistory")}</p>
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
