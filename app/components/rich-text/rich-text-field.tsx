// A rich-text form field. On the server and without JavaScript it is a plain
// textarea (`<name>Plain`) next to the saved document in a hidden input, and
// the server turns changed plain text into a document. Once the page runs
// JavaScript it swaps in the Tiptap editor, which keeps the hidden input up to
// date and tells the server to read it (`<name>Format=json`). The editor is
// imported lazily, when such a field mounts, so only pages where someone edits
// download Tiptap (issue 14).
import type { JSONContent } from "@tiptap/core";
import { useEffect, useId, useState } from "react";
import { useT } from "~/i18n/use-t";
import type { RichTextEditor as Editor } from "./rich-text-editor.client";

type Props = {
  name: string;
  label: string;
  /** The document as posted or saved (Tiptap JSON), or null. */
  json: string | null;
  /** The same document as plain text for the textarea. */
  plain: string;
  /** A plain text the user typed without JavaScript, kept after a refused save. */
  postedPlain?: string | null;
  error?: string | null;
};

function parse(json: string | null): JSONContent | null {
  if (!json) return null;
  try {
    const doc = JSON.parse(json) as JSONContent;
    return doc && doc.type === "doc" ? doc : null;
  } catch {
    return null;
  }
}

export function RichTextField({ name, label, json, plain, postedPlain, error }: Props) {
  const t = useT();
  const id = useId();
  const labelId = `${id}-label`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const [RichTextEditor, setEditor] = useState<typeof Editor | null>(null);
  // Text typed into the textarea before the editor arrived stays there (and is posted as plain text).
  const [typedPlain, setTypedPlain] = useState(false);
  const [value, setValue] = useState(json ?? "");
  useEffect(() => {
    let live = true;
    import("./rich-text-editor.client").then((m) => live && setEditor(() => m.RichTextEditor));
    return () => {
      live = false;
    };
  }, []);
  // A new document from the server (another item, a refused save) resets the field.
  useEffect(() => setValue(json ?? ""), [json]);
  const initial = parse(json);
  const useEditorNow = RichTextEditor !== null && !typedPlain && (json === null || json === "" || initial !== null) && postedPlain == null;
  return (
    <div className="field rich-text-field">
      <label id={labelId} htmlFor={useEditorNow ? undefined : `${id}-plain`}>
        {label}
      </label>
      <input type="hidden" name={name} value={useEditorNow ? value : (json ?? "")} />
      <input type="hidden" name={`${name}Format`} value={useEditorNow ? "json" : "plain"} />
      {useEditorNow ? (
        <RichTextEditor
          key={json ?? ""}
          initial={initial}
          labelId={labelId}
          label={label}
          describedBy={error ? errorId : undefined}
          invalid={Boolean(error)}
          onChange={setValue}
        />
      ) : (
        <>
          <textarea
            id={`${id}-plain`}
            name={`${name}Plain`}
            rows={6}
            defaultValue={postedPlain ?? plain}
            onInput={() => setTypedPlain(true)}
            aria-invalid={error ? true : undefined}
            aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}
          />
          <p className="hint hint--field" id={hintId}>
            {t.agendaEditor.plainHint}
          </p>
        </>
      )}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
