import { Page } from "../layout.tsx";
import type { PageContext } from "../page-context.ts";
import { LANGUAGE_PARAM, overviewPath } from "../public-url.ts";
import { ChartFigure } from "../chart.tsx";
import { burnUpChart, updatesChart } from "../../render/charts.ts";
import type { ProgressTimeline } from "../../services/get-progress-timeline.ts";
import { DEFAULT_LANGUAGE } from "../../i18n/index.ts";

/** Voortgang: the plan year's burn-up (actions finished per month against all) and updates per month. */
export function ProgressPage(props: { ctx: PageContext; wijkName: string; timeline: ProgressTimeline; now: Date }) {
  const { ctx, timeline } = props;
  const { t } = ctx;
  return (
    <Page ctx={ctx} wijkName={props.wijkName} section="voortgang" title={t("web.nav.progress")} now={props.now}>
      <h1>{t("web.progress.heading", { year: timeline.year })}</h1>
      <p>{t("web.progress.intro", { year: timeline.year })}</p>
      <ChartFigure chart={burnUpChart("klaar-per-maand", timeline, ctx)} t={t} />
      <ChartFigure chart={updatesChart("berichten-per-maand", timeline, ctx)} t={t} />
      <YearForm ctx={ctx} path="voortgang" year={timeline.year} label={t("web.progress.otherYear")} />
    </Page>
  );
}

/** A GET form to show another year; the page language travels as a hidden field. */
export function YearForm(props: { ctx: PageContext; path: string; year: number; label: string }) {
  const { ctx } = props;
  return (
    <form method="get" action={overviewPath(ctx.token, props.path)} class="filters" aria-label={props.label}>
      {ctx.lang === DEFAULT_LANGUAGE ? null : <input type="hidden" name={LANGUAGE_PARAM} value={ctx.lang} />}
      <label>
        {ctx.t("report.web.year")}
        <input type="number" name="jaar" min="2000" max="2100" value={String(props.year)} inputmode="numeric" />
      </label>
      <button type="submit">{ctx.t("report.web.show")}</button>
    </form>
  );
}
