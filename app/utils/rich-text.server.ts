// Rich text on the server: validate a posted Tiptap document against the
// editor's schema, derive its plain-text copy, render it to HTML.
import { getSchema, type JSONContent } from "@tiptap/core";
import { Node as PMNode, type DOMOutputSpec, type Mark } from "@tiptap/pm/model";
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

/**
 * A stored document as HTML, without a DOM: each node and mark is written from
 * its own `toDOM` spec in the editor's schema (the same spec Tiptap's
 * generateHTML serialises), as a string. About a hundred times faster than
 * generateHTML over happy-dom, so pages render their texts per request
 * (issue 14). Unknown or malformed documents render as nothing.
 */
export function richTextToHtml(json: string | null): string {
  if (!json) return "";
  try {
    const node = PMNode.fromJSON(schema, JSON.parse(json) as JSONContent);
    let html = "";
    node.content.forEach((child) => (html += nodeHtml(child)));
    return html;
  } catch {
    return "";
  }
}

const VOID = new Set(["br", "hr", "img"]);

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttr(text: string): string {
  return escapeHtml(text).replace(/"/g, "&quot;");
}

/** A DOMOutputSpec as HTML, `hole` where its content goes (the `0`). */
function specHtml(spec: DOMOutputSpec, hole: () => string): string {
  if (typeof spec === "string") return escapeHtml(spec);
  if (!Array.isArray(spec)) throw new Error("DOM nodes in a toDOM spec are not supported on the server");
  const [tag, ...rest] = spec as [string, ...unknown[]];
  const name = tag.includes(" ") ? tag.split(" ")[1] : tag;
  let attrs = "";
  let children = rest;
  const first = rest[0];
  if (first && typeof first === "object" && !Array.isArray(first)) {
    for (const [key, value] of Object.entries(first as Record<string, unknown>)) {
      if (value === null || value === undefined || value === false) continue;
      attrs += ` ${key}="${escapeAttr(String(value))}"`;
    }
    children = rest.slice(1);
  }
  if (VOID.has(name)) return `<${name}${attrs}>`;
  let inner = "";
  for (const child of children) inner += child === 0 ? hole() : specHtml(child as DOMOutputSpec, hole);
  return `<${name}${attrs}>${inner}</${name}>`;
}

function nodeHtml(node: PMNode): string {
  if (node.isText) {
    let html = escapeHtml(node.text ?? "");
    // Marks wrap from the innermost (last) out, as the DOM serializer nests them.
    for (let i = node.marks.length - 1; i >= 0; i--) {
      const inner = html;
      html = markHtml(node.marks[i], () => inner);
    }
    return html;
  }
  const toDOM = node.type.spec.toDOM;
  if (!toDOM) return "";
  return specHtml(toDOM(node), () => {
    let html = "";
    node.content.forEach((child) => (html += nodeHtml(child)));
    return html;
  });
}

function markHtml(mark: Mark, inner: () => string): string {
  const toDOM = mark.type.spec.toDOM;
  return toDOM ? specHtml(toDOM(mark, true), inner) : inner();
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
