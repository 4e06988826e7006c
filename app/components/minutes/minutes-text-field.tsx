// A rich-text field for decision texts. Without JavaScript it is a textarea of
// plain text (the server turns it into a document); once the page is live, a
// Tiptap editor takes its place and keeps the document in a hidden input. The
// editor is imported lazily, when such a field mounts: pages that only read
// minutes ship without it (issue 14).
import { useEffect, useState } from "react";
import type { MinutesTextEditor as Editor } from "./minutes-text-editor.client";

type Props = {
  id: string;
  name: string;
  label: string;
  /** The saved document (Tiptap JSON) or null. */
  json: string | null;
  /** Its plain text, shown in the textarea without JavaScript. */
  text: string | null;
  describedBy?: string;
  invalid?: boolean;
};

export function MinutesTextField(props: Props) {
  const { id, name, text, describedBy, invalid } = props;
  const [MinutesTextEditor, setEditor] = useState<typeof Editor | null>(null);
  // Text typed into the textarea before the editor arrived stays there (and is posted as plain text).
  const [typedPlain, setTypedPlain] = useState(false);
  useEffect(() => {
    let live = true;
    import("./minutes-text-editor.client").then((m) => live && setEditor(() => m.MinutesTextEditor));
    return () => {
      live = false;
    };
  }, []);
  const textarea = (
    <textarea id={id} name={name} rows={4} defaultValue={text ?? ""} aria-describedby={describedBy} aria-invalid={invalid || undefined} onInput={() => setTypedPlain(true)} />
  );
  if (!MinutesTextEditor || typedPlain) return textarea;
  return <MinutesTextEditor {...props} fallback={textarea} />;
}
