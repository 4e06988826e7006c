// Rich text on the server: validate a posted Tiptap document against the
// editor's schema, derive its plain-text copy, render it to HTML.
import { getSchema, type JSONContent } from "@tiptap/core";
import { generateHTML } from "@tiptap/html/server";
import { Node as PMNode } from "@tiptap/pm/model";
import { ALLOWED_LINK, richTextExtensions } from "~/components/rich-text/extensions";

const schema = getSchema(richTextExtensions);

export type RichText = { json: string; text: string };
export type RichTextResult = { ok: true; value: RichText | null } | { ok: false; error: "malformed" | "link" };

/** Parses and checks a posted document. An empty document is `null`. */
export function parseRichText(raw: string | null | undefined): RichTextResult {
  if (raw == null || raw.trim() === "") return { ok: true, value: null };
  let node: PMNode;
  try {
    node = PMNode.fromJSON(schema, JSON.parse(raw));
    node.check();
  } catch {
    return { ok: false, error: "malformed" };
  }
  if (node.type.name !== "doc") return { ok: false, error: "malformed" };
  let badLink = false;
  node.descendants((child) => {
    for (const mark of child.marks) {
      if (mark.type.name === "link" && !ALLOWED_LINK.test(String(mark.attrs.href ?? ""))) badLink = true;
    }
  });
  if (badLink) return { ok: false, error: "link" };
  const text = docText(node);
  if (text.trim() === "") return { ok: true, value: null };
  return { ok: true, value: { json: JSON.stringify(node.toJSON()), text } };
}

function docText(node: PMNode): string {
  return node.textBetween(0, node.content.size, "\n", "\n").trim();
}

export function richTextToHtml(json: string | null): string {
  if (!json) return "";
  try {
    return generateHTML(JSON.parse(json) as JSONContent, richTextExtensions);
  } catch {
    return "";
  }
}

/**
 * Plain text (from seeds and imports) to a document: a paragraph a line,
 * consecutive "·", "•", "-" or "*" lines to a bullet list.
 */
export function plainTextToRichText(text: string): RichText {
  const content: JSONContent[] = [];
  let list: JSONContent | null = null;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    const bullet = /^[·•*\-–]\s*(.+)$/.exec(line);
    if (bullet) {
      list ??= { type: "bulletList", content: [] };
      list.content!.push({ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: bullet[1] }] }] });
      continue;
    }
    if (list) {
      content.push(list);
      list = null;
    }
    if (line === "") continue;
    content.push({ type: "paragraph", content: [{ type: "text", text: line }] });
  }
  if (list) content.push(list);
  const node = PMNode.fromJSON(schema, { type: "doc", content: content.length ? content : [{ type: "paragraph" }] });
  return { json: JSON.stringify(node.toJSON()), text: docText(node) };
}
