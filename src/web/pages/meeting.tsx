import { Page, fill } from "../layout.tsx";
import type { PageContext } from "../page-context.ts";
import type { MeetingOverview } from "../../services/get-meeting-overview.ts";
import { labelOf } from "../../i18n/index.ts";
import { formatDay, formatMoment } from "../../render/format.ts";

export function MeetingPage(props: { ctx: PageContext; wijkName: string; meetings: MeetingOverview; now: Date }) {
  const { ctx, now } = props;
  const { t, lang } = ctx;
  const { next, decisions } = props.meetings;
  /** "ter bespreking", "for discussion"; an unknown kind as stored. */
  const kindLabel = (kind: string) => labelOf("web.meeting.kind", kind, t);
  return (
    <Page ctx={ctx} wijkName={props.wijkName} section="vergadering" title={t("web.nav.meeting")} now={now}>
      <h1>{t("web.meeting.next")}</h1>
      {next ? (
        <>
          <p>
            <time datetime={next.startsAt.toISOString()}>{formatMoment(next.startsAt, now, lang)}</time>
            {next.place ? `, ${next.place}` : ""}
          </p>
          <h2>{t("web.meeting.agenda")}</h2>
          {next.items.length ? (
            <ol>
              {next.items.map((item) => (
                <li>
                  {item.text}{" "}
                  <span class="muted">
                    ({kindLabel(item.kind)}
                    {item.status === "uitgesteld" ? t("web.meeting.postponed") : ""})
                  </span>
                  {item.actionId ? (
                    <>
                      {" "}
                      {fill(t("web.meeting.linkedAction"), { action: <a href={ctx.link(`acties/${item.actionId}`)}>{item.actionTitle}</a> })}
                    </>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : (
            <p class="muted">{t("web.meeting.noItems")}</p>
          )}
        </>
      ) : (
        <p class="muted">{t("web.meeting.noNext")}</p>
      )}
      <h2>{t("web.meeting.decisions")}</h2>
      {decisions.length ? (
        <ul class="plain">
          {decisions.map((d) => (
            <li>
              <time datetime={(d.meetingAt ?? d.at).toISOString()}>{formatDay(d.meetingAt ?? d.at, now, lang)}</time>: {d.text}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t("web.meeting.noDecisions")}</p>
      )}
    </Page>
  );
}
