// How much of an item's background the minutes print: the group's setting.
// "summary" is the background's first block (paragraph, heading or list),
// cut at a word boundary after SUMMARY_CHARS characters.
import type { JSONContent } from "@tiptap/core";
import type { MinutesBackground } from "../../db/schema";

export const MINUTES_BACKGROUNDS: MinutesBackground[] = ["full", "summary", "none"];
export const SUMMARY_CHARS = 400;

function textOf(node: JSONContent): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return " ";
  return (node.content ?? []).map(textOf).join(node.type === "bulletList" || node.type === "orderedList" ? "; " : node.type === "listItem" ? " " : "");
}

/** The blocks of a background the minutes print under the group's setting (empty: print none). */
export function backgroundForMinutes(json: string | null, mode: MinutesBackground): JSONContent[] {
  if (!json || mode === "none") return [];
  let blocks: JSONContent[];
  try {
    blocks = (JSON.parse(json) as JSONContent).content ?? [];
  } catch {
    return [];
  }
  if (mode === "full") return blocks;
  const first = blocks.find((b) => textOf(b).trim() !== "");
  if (!first) return [];
  let text = textOf(first).replace(/\s+/g, " ").trim();
  const more = blocks.length > 1 || text.length > SUMMARY_CHARS;
  if (text.length > SUMMARY_CHARS) {
    const cut = text.lastIndexOf(" ", SUMMARY_CHARS);
    text = text.slice(0, cut > SUMMARY_CHARS / 2 ? cut : SUMMARY_CHARS);
  }
  return [{ type: "paragraph", content: [{ type: "text", text: more ? `${text} …` : text }] }];
}
