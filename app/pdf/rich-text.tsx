// Tiptap JSON as react-pdf blocks, shared by the agenda, minutes and notice
// PDFs. Helvetica's WinAnsi encoding covers å, ä, ö, §, – and ”.
import { Link, StyleSheet, Text, View } from "./react-pdf.server";
import type { JSONContent } from "@tiptap/core";
import type { ReactNode } from "react";


const styles = StyleSheet.create({
  paragraph: { marginBottom: 3 },
  heading: { fontFamily: "Helvetica-Bold", marginTop: 3, marginBottom: 2 },
  listItem: { flexDirection: "row", marginBottom: 2 },
  bullet: { width: 16 },
  listBody: { flex: 1 },
});

export function inline(nodes: JSONContent[] | undefined, keyPrefix: string): ReactNode[] {
  return (nodes ?? []).map((node, index) => {
    const key = `${keyPrefix}-${index}`;
    if (node.type === "hardBreak") return <Text key={key}>{"\n"}</Text>;
    if (node.type !== "text") return null;
    const marks = new Set((node.marks ?? []).map((m) => m.type));
    const bold = marks.has("bold");
    const italic = marks.has("italic");
    const fontFamily = bold && italic ? "Helvetica-BoldOblique" : bold ? "Helvetica-Bold" : italic ? "Helvetica-Oblique" : undefined;
    const link = (node.marks ?? []).find((m) => m.type === "link");
    const text = (
      <Text key={key} style={fontFamily ? { fontFamily } : undefined}>
        {node.text}
      </Text>
    );
    return link?.attrs?.href ? (
      <Link key={key} src={String(link.attrs.href)}>
        {text}
      </Link>
    ) : (
      text
    );
  });
}

export function block(node: JSONContent, key: string): ReactNode {
  switch (node.type) {
    case "paragraph":
      return (
        <Text key={key} style={styles.paragraph}>
          {inline(node.content, key)}
        </Text>
      );
    case "heading":
      return (
        <Text key={key} style={[styles.heading, { fontSize: node.attrs?.level === 2 ? 12 : 11 }]}>
          {inline(node.content, key)}
        </Text>
      );
    case "bulletList":
    case "orderedList": {
      const start = Number(node.attrs?.start ?? 1);
      return (
        <View key={key}>
          {(node.content ?? []).map((li, i) => (
            <View key={`${key}-${i}`} style={styles.listItem} wrap={false}>
              <Text style={styles.bullet}>{node.type === "orderedList" ? `${start + i}.` : "•"}</Text>
              <View style={styles.listBody}>{blocks(li.content, `${key}-${i}`)}</View>
            </View>
          ))}
        </View>
      );
    }
    default:
      return node.content ? <View key={key}>{blocks(node.content, key)}</View> : null;
  }
}

export function blocks(nodes: JSONContent[] | undefined, keyPrefix: string): ReactNode[] {
  return (nodes ?? []).map((node, index) => block(node, `${keyPrefix}-${index}`));
}

/** The top-level blocks of a stored document (none when empty or unreadable). */
export function docBlocks(json: string | null): JSONContent[] {
  if (!json) return [];
  try {
    return (JSON.parse(json) as JSONContent).content ?? [];
  } catch {
    return [];
  }
}

export function richText(json: string | null, key: string): ReactNode {
  return blocks(docBlocks(json), key);
}

/** How many characters a block holds: a long first block is not kept with its heading. */
export function blockLength(node: JSONContent): number {
  if (node.type === "text") return node.text?.length ?? 0;
  return (node.content ?? []).reduce((sum, child) => sum + blockLength(child), 0);
}
