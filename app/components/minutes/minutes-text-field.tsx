// A rich-text field for decision texts. Without JavaScript it is a textarea of
// plain text (the server turns it into a document); once the page is live, a
// Tiptap editor takes its place and keeps the document in a hidden input.
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useState } from "react";
import { richTextExtensions } from "~/components/rich-text/extensions";

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

export function MinutesTextField({ id, name, label, json, text, describedBy, invalid }: Props) {
  const [live, setLive] = useState(false);
  const [value, setValue] = useState(json ?? "");
  useEffect(() => setLive(true), []);
  const editor = useEditor({
    extensions: richTextExtensions,
    content: json ? JSON.parse(json) : text ? `<p>${escapeHtml(text)}</p>` : "",
    immediatelyRender: false,
    editorProps: {
      attributes: {
        id,
        class: "editor-content",
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": label,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(invalid ? { "aria-invalid": "true" } : {}),
      },
    },
    onCreate: ({ editor }) => setValue(JSON.stringify(editor.getJSON())),
    onUpdate: ({ editor }) => setValue(editor.isEmpty ? "" : JSON.stringify(editor.getJSON())),
  });
  if (!live || !editor) {
    return (
      <textarea
        id={id}
        name={name}
        rows={4}
        defaultValue={text ?? ""}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
      />
    );
  }
  return (
    <div className="editor">
      <input type="hidden" name={name} value={value} />
      <EditorContent editor={editor} />
    </div>
  );
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, "</p><p>");
}
