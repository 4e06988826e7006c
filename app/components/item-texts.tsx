import { Link } from "@remix-run/react";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDay } from "~/utils/dates";

type ItemTextsProps = {
  presentation: string | null;
  presenter: string | null;
  backgroundHtml: string;
  proposalHtml: string;
};

/**
 * How an item is presented and its background and proposal: the same in the
 * agenda editor, the agenda and the minutes. The HTML is rendered on the server
 * from documents checked against the editor's schema.
 */
export function ItemTexts({ presentation, presenter, backgroundHtml, proposalHtml }: ItemTextsProps) {
  const t = useT();
  return (
    <>
      {presentation || presenter ? (
        <p className="muted">
          {[presentation, presenter ? `${t.meeting.presenter}: ${presenter}` : null].filter(Boolean).join(" · ")}
        </p>
      ) : null}
      {backgroundHtml ? (
        <div className="rich-text">
          <h4>{t.meeting.background}</h4>
          <div dangerouslySetInnerHTML={{ __html: backgroundHtml }} />
        </div>
      ) : null}
      {proposalHtml ? (
        <div className="rich-text">
          <h4>{t.meeting.proposal}</h4>
          <div dangerouslySetInnerHTML={{ __html: proposalHtml }} />
        </div>
      ) : null}
    </>
  );
}

type ItemLinksProps = {
  call: { label: string; opensOn: string; closesOn: string; deadline: string | null } | null;
  project: { id: number; name: string } | null;
};

/** The funding call (its window and application deadline) and the project an item is about. */
export function ItemLinks({ call, project }: ItemLinksProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      {call ? (
        <p className="call">
          <strong>{t.meeting.call}:</strong>{" "}
          {t.meeting.callWindow(call.label, formatDay(call.opensOn, locale), formatDay(call.closesOn, locale))}
          {call.deadline ? `, ${t.meeting.applicationDeadline(formatDay(call.deadline, locale))}` : ""}
        </p>
      ) : null}
      {project ? (
        <p>
          <strong>{t.meeting.project}:</strong> <Link to={`/projects/${project.id}`}>{project.name}</Link>
        </p>
      ) : null}
    </>
  );
}
