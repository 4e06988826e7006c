// The Tiptap editor of a decision text, in the browser only. It is loaded
// when a form that edits a decision mounts (minutes-text-field.tsx), so pages
// that only read minutes never download the editor.
import { EditorContent, useEditor } from "@tiptap/react";
import { useState } from "react";
import { richTextExtensions } from "~/components/rich-text/extensions";

type Props = {
  id: string;
  name: string;
  label: string;
  json: string | null;
  text: string | null;
  describedBy?: string;
  invalid?: boolean;
  /** Shown until the editor exists. */
  fallback: JSX.Element;
};

export function MinutesTextEditor({ id, name, label, json, text, describedBy, invalid, fallback }: Props) {
  const [value, setValue] = useState(json ?? "");
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
  if (!editor) return fallback;
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
