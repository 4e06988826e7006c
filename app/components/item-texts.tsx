import { useT } from "~/i18n/use-t";

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
