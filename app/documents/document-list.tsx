// An item's or a mandate's documents as readers see them: the current file
// (a link through the app), its type and size, the version, and the earlier
// versions of a replaced file.
import { useLocale, useT } from "~/i18n/use-t";
import { formatInstant } from "~/utils/dates";
import type { DocumentView } from "./document.server";

export function DocumentList({
  documents,
  headingLevel = 4,
  title,
  markDeliverables = true,
}: {
  documents: DocumentView[];
  /** null: no heading (the page has one). */
  headingLevel?: 2 | 3 | 4 | null;
  title?: string;
  markDeliverables?: boolean;
}) {
  const t = useT();
  const d = t.documents;
  if (documents.length === 0) return null;
  const Heading = headingLevel ? (`h${headingLevel}` as const) : null;
  return (
    <div className="documents">
      {Heading ? <Heading>{title ?? d.title}</Heading> : null}
      <ul className="document-list">
        {documents.map((doc) => (
          <li key={doc.id} className="document">
            <DocumentLink doc={doc} />
            {doc.deliverable && markDeliverables ? <span className="document__tag"> · {d.deliverable}</span> : null}
            <EarlierVersions doc={doc} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function DocumentLink({ doc }: { doc: DocumentView }) {
  const t = useT();
  const d = t.documents;
  return (
    <>
      <a href={doc.href} className="document__link">
        {doc.title}
      </a>{" "}
      <small className="muted">
        ({doc.kind.toUpperCase()}, {d.size(doc.size)}
        {doc.version > 1 ? `, ${d.version(doc.version)}` : ""})
      </small>
    </>
  );
}

export function EarlierVersions({ doc }: { doc: DocumentView }) {
  const t = useT();
  const locale = useLocale();
  const d = t.documents;
  if (doc.earlier.length === 0) return null;
  return (
    <details className="document__versions">
      <summary>
        {d.earlier} ({doc.earlier.length})
      </summary>
      <ul className="plain-list">
        {doc.earlier.map((v) => (
          <li key={v.version}>
            <a href={v.href}>
              {d.version(v.version)}: {v.filename}
            </a>{" "}
            <small className="muted">{d.uploaded(formatInstant(v.uploadedAt, locale), v.uploadedBy)}</small>
          </li>
        ))}
      </ul>
    </details>
  );
}
