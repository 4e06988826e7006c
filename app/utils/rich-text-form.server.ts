// A rich-text field as a form posts it. With JavaScript the Tiptap editor keeps
// the document (JSON) in a hidden input and posts `<name>Format=json`. Without
// it the page shows a plain textarea (`<name>Plain`, `<name>Format=plain`):
// "- " and "1. " lines become lists, other lines paragraphs. When the plain text
// is unchanged, the original document (with its formatting) is kept as it was.
import type { JSONContent } from "@tiptap/core";
import { parseRichText, plainTextToRichText, type RichText } from "./rich-text.server";

export type RichTextField = { ok: true; value: RichText | null } | { ok: false; error: "malformed" | "link" };

function text(formData: FormData, name: string): string | null {
  const value = formData.get(name);
  return typeof value === "string" ? value : null;
}

export function readRichTextField(formData: FormData, name: string): RichTextField {
  const format = text(formData, `${name}Format`) ?? "json";
  const posted = parseRichText(text(formData, name));
  if (format !== "plain") return posted;
  const plain = normalise(text(formData, `${name}Plain`) ?? "");
  if (posted.ok && normalise(richTextToEditablePlain(posted.value?.json ?? null)) === plain) return posted;
  if (plain === "") return { ok: true, value: null };
  return { ok: true, value: plainToDoc(plain) };
}

function normalise(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n")
    .trim();
}

/** Plain text with numbered lists: "1. " lines to an ordered list, the rest as plainTextToRichText does. */
function plainToDoc(plain: string): RichText {
  const blocks = plain.split("\n");
  if (!blocks.some((l) => /^\s*\d+[.)]\s+\S/.test(l))) return plainTextToRichText(plain);
  // Split into runs: numbered lines become an ordered list, other runs go through plainTextToRichText.
  const content: JSONContent[] = [];
  let run: string[] = [];
  let list: JSONContent | null = null;
  const flushRun = () => {
    if (run.length) {
      const doc = JSON.parse(plainTextToRichText(run.join("\n")).json) as JSONContent;
      content.push(...(doc.content ?? []).filter((n) => !(n.type === "paragraph" && !n.content)));
      run = [];
    }
  };
  for (const line of blocks) {
    const numbered = /^\s*\d+[.)]\s+(.+)$/.exec(line);
    if (numbered) {
      flushRun();
      list ??= { type: "orderedList", attrs: { start: 1 }, content: [] };
      list.content!.push({ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: numbered[1].trim() }] }] });
      continue;
    }
    if (list) {
      content.push(list);
      list = null;
    }
    run.push(line);
  }
  if (list) content.push(list);
  flushRun();
  const result = parseRichText(JSON.stringify({ type: "doc", content }));
  return result.ok && result.value ? result.value : plainTextToRichText(plain);
}

/** A document as the plain textarea shows it: paragraphs a line, list items "- " or "1. ". */
export function richTextToEditablePlain(json: string | null): string {
  if (!json) return "";
  let doc: JSONContent;
  try {
    doc = JSON.parse(json) as JSONContent;
  } catch {
    return "";
  }
  const lines: string[] = [];
  const inline = (node: JSONContent): string =>
    node.type === "text" ? (node.text ?? "") : node.type === "hardBreak" ? " " : (node.content ?? []).map(inline).join("");
  const walk = (node: JSONContent) => {
    switch (node.type) {
      case "bulletList":
      case "orderedList":
        (node.content ?? []).forEach((li, index) => {
          const marker = node.type === "orderedList" ? `${index + 1}. ` : "- ";
          lines.push(marker + (li.content ?? []).map(inline).join(" ").trim());
        });
        return;
      case "paragraph":
      case "heading":
        lines.push(inline(node));
        return;
      default:
        (node.content ?? []).forEach(walk);
    }
  };
  walk(doc);
  return lines.join("\n");
}
