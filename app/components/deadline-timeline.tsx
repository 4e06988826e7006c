// A timeline drawn as plain SVG from the loader's data: it renders on the
// server, needs no JavaScript, and comes with a table as its text equivalent.
import { Link } from "@remix-run/react";
import type { TimelineItem } from "~/models/deadline.server";
import { useLocale, useT } from "~/i18n/use-t";
import { addCalendarMonths, daysBetween, formatDay, formatMonthShort, startOfMonthDay } from "~/utils/dates";

const WIDTH = 1000;
const AXIS = 48;
const ROW = 24;
const MAX_ROWS = 40;
const COLOURS = { call_window: "#4a7fb5", application: "#a4161a", mandate_due: "#7a4b00", project_end: "#1f6b3a", final_report: "#1f6b3a", other: "#4f5b6a" } as const;

export function DeadlineTimeline({ id, items, from, to, today }: { id: string; items: TimelineItem[]; from: string; to: string; today: string }) {
  const t = useT();
  const d = t.followUp.deadlines;
  const locale = useLocale();
  const span = Math.max(1, daysBetween(from, to));
  // Whole tenths of a unit: the drawing is 1000 wide, and 16 decimals per coordinate were a third of the page.
  const x = (day: string) => Math.round(Math.min(WIDTH, Math.max(0, (daysBetween(from, day) / span) * WIDTH)) * 10) / 10;
  const drawn = items.slice(0, MAX_ROWS);
  const height = AXIS + Math.max(1, drawn.length) * ROW + 10;
  const months: string[] = [];
  for (let m = startOfMonthDay(from); m <= to; m = addCalendarMonths(m, 1)) if (m >= from) months.push(m);
  const title = d.timelineTitle(formatDay(from, locale), formatDay(to, locale));
  const when = (item: TimelineItem) => (item.start === item.end ? formatDay(item.start, locale) : `${formatDay(item.start, locale)} – ${formatDay(item.end, locale)}`);
  return (
    <figure className="timeline-figure" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      {/* Scrolls sideways on a phone; focusable so the keyboard can scroll it too. */}
      <div className="timeline-scroll" tabIndex={0} role="group" aria-labelledby={`${id}-caption`}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`} xmlns="http://www.w3.org/2000/svg" fontFamily="Liberation Sans, Arial, sans-serif" fontSize="12">
        <title id={`${id}-title`}>{title}</title>
        <rect x="0" y="0" width={WIDTH} height={height} fill="#ffffff" />
        {months.map((m, i) => (
          <g key={m}>
            <line x1={x(m)} x2={x(m)} y1={AXIS - 8} y2={height} stroke="#d5dbe3" />
            {/* The year on January and on the first month; room for the label or none. */}
            {x(m) < WIDTH - 30 ? (
              <text x={x(m) + 3} y={14} fill="#4f5b6a">
                {formatMonthShort(m, locale, i === 0 || m.slice(5, 7) === "01")}
              </text>
            ) : null}
          </g>
        ))}
        <line x1="0" x2={WIDTH} y1={AXIS - 8} y2={AXIS - 8} stroke="#7b8794" />
        {drawn.map((item, index) => {
          const y = AXIS + index * ROW;
          const colour = COLOURS[item.kind];
          const x1 = x(item.start);
          const x2 = x(item.end);
          const right = x1 < WIDTH * 0.6;
          const labelX = right ? Math.max(x1, x2) + 8 : x1 - 8;
          return (
            <g key={item.key}>
              {item.kind === "call_window" ? (
                <rect x={x1} y={y + 4} width={Math.max(3, Math.round((x2 - x1) * 10) / 10)} height={ROW - 10} rx="3" fill={colour} />
              ) : (
                <path d={`M ${x1} ${y + 3} l 7 7 l -7 7 l -7 -7 z`} fill={colour} />
              )}
              <text x={labelX} y={y + 15} textAnchor={right ? "start" : "end"} fill="#1b2430">
                {truncate(item.label, 70)}
              </text>
            </g>
          );
        })}
        {today >= from && today <= to ? (
          <g>
            <line x1={x(today)} x2={x(today)} y1={AXIS - 22} y2={height} stroke="#1b2430" strokeWidth="2" strokeDasharray="4 3" />
            <text x={x(today) + (x(today) > WIDTH - 60 ? -4 : 4)} y={AXIS - 12} fontWeight="700" textAnchor={x(today) > WIDTH - 60 ? "end" : "start"} fill="#1b2430">
              {d.today}
            </text>
          </g>
        ) : null}
      </svg>
      </div>
      <ul className="timeline-legend" aria-hidden="true">
        <li>
          <span className="swatch swatch--call" />
          {d.kinds.call_window}
        </li>
        <li>
          <span className="swatch swatch--application" />
          {d.kinds.application}
        </li>
        <li>
          <span className="swatch swatch--mandate" />
          {d.kinds.mandate_due}
        </li>
        <li>
          <span className="swatch swatch--project" />
          {d.kinds.project_end}
        </li>
        <li>
          <span className="swatch swatch--today" />
          {d.today}
        </li>
      </ul>
      <div id={`${id}-text`}>
        <h3 className="visually-hidden">{d.timelineText}</h3>
        {items.length === 0 ? (
          <p>{d.nothing}</p>
        ) : (
          <details className="text-equivalent" open>
            <summary>{d.timelineText}</summary>
            <table className="table--cards">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{d.when}</th>
                  <th scope="col">{d.kind}</th>
                  <th scope="col">{d.what}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.key}>
                    <td className="nowrap">{when(item)}</td>
                    <td data-label={d.kind}>{d.kinds[item.kind]}</td>
                    <td data-label={d.what}>{item.href ? <Link to={item.href}>{item.label}</Link> : item.label}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        )}
      </div>
    </figure>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
