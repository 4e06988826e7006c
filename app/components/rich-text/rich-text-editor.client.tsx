// The Tiptap editor, in the browser only (Remix leaves `.client` modules out of
// the server build). It keeps the document in the hidden input the wrapper
// renders, so the form posts JSON that the server validates against the same
// extensions list.
import type { JSONContent } from "@tiptap/core";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { useState } from "react";
import { useT } from "~/i18n/use-t";
import { ALLOWED_LINK, richTextExtensions } from "./extensions";

type Props = {
  /** The document to start from, or null for an empty one. */
  initial: JSONContent | null;
  labelId: string;
  describedBy?: string;
  invalid?: boolean;
  onChange: (json: string) => void;
  label: string;
};

export function RichTextEditor({ initial, labelId, describedBy, invalid, onChange, label }: Props) {
  const t = useT();
  const [linkError, setLinkError] = useState(false);
  const editor = useEditor({
    extensions: richTextExtensions,
    content: initial ?? "",
    // This component only renders after the page has mounted (see
    // rich-text-field.tsx), so the editor can be made at once.
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(invalid ? { "aria-invalid": "true" } : {}),
        class: "rich-text-editor__content",
      },
    },
    onUpdate: ({ editor }) => onChange(JSON.stringify(editor.getJSON())),
  });
  const state = useEditorState({
    editor,
    selector: ({ editor }) =>
      editor
        ? {
            bold: editor.isActive("bold"),
            italic: editor.isActive("italic"),
            h2: editor.isActive("heading", { level: 2 }),
            h3: editor.isActive("heading", { level: 3 }),
            bulletList: editor.isActive("bulletList"),
            orderedList: editor.isActive("orderedList"),
            link: editor.isActive("link"),
          }
        : null,
  });
  if (!editor) return null;
  const active = state ?? { bold: false, italic: false, h2: false, h3: false, bulletList: false, orderedList: false, link: false };

  const setLink = () => {
    const previous = (editor.getAttributes("link").href as string | undefined) ?? "https://";
    const href = window.prompt(t.agendaEditor.linkPrompt, previous);
    if (href === null) return;
    if (href.trim() === "") {
      editor.chain().focus().extendMarkRange("link").unsetLink().run();
      return;
    }
    if (!ALLOWED_LINK.test(href.trim())) {
      setLinkError(true);
      return;
    }
    setLinkError(false);
    editor.chain().focus().extendMarkRange("link").setLink({ href: href.trim() }).run();
  };

  const button = (name: string, pressed: boolean, run: () => void) => (
    <button
      type="button"
      className="toolbar-button"
      aria-pressed={pressed}
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      {name}
    </button>
  );
  const m = t.agendaEditor;
  return (
    <div className={`rich-text-editor${invalid ? " rich-text-editor--invalid" : ""}`}>
      <div role="toolbar" aria-label={m.toolbar(label)} className="rich-text-toolbar">
        {button(m.bold, active.bold, () => editor.chain().focus().toggleBold().run())}
        {button(m.italic, active.italic, () => editor.chain().focus().toggleItalic().run())}
        {button(m.heading2, active.h2, () => editor.chain().focus().toggleHeading({ level: 2 }).run())}
        {button(m.heading3, active.h3, () => editor.chain().focus().toggleHeading({ level: 3 }).run())}
        {button(m.bulletList, active.bulletList, () => editor.chain().focus().toggleBulletList().run())}
        {button(m.orderedList, active.orderedList, () => editor.chain().focus().toggleOrderedList().run())}
        {button(m.link, active.link, setLink)}
        {active.link ? button(m.unlink, false, () => editor.chain().focus().extendMarkRange("link").unsetLink().run()) : null}
      </div>
      <EditorContent editor={editor} />
      {linkError ? (
        <p className="field-error" role="alert">
          {m.linkRefused}
        </p>
      ) : null}
    </div>
  );
}
