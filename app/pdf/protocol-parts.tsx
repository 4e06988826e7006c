// Parts the protocol-form PDFs share (minutes and notice): the page header
// printed on every page (body, document kind, meeting date, "Sida X (Y)") and
// the label/value rows of a first page.
import { StyleSheet, Text, View } from "./react-pdf.server";
import type { ReactNode } from "react";

export const PAGE = { top: 92, bottom: 56, side: 56 };

export const base = StyleSheet.create({
  page: {
    paddingTop: PAGE.top,
    paddingBottom: PAGE.bottom,
    paddingHorizontal: PAGE.side,
    fontFamily: "Helvetica",
    fontSize: 10.5,
    lineHeight: 1.4,
    color: "#1b2430",
  },
  // No alignItems on the row: with "flex-end" react-pdf drops the left column on re-layout of the page number.
  header: {
    position: "absolute",
    top: 30,
    left: PAGE.side,
    right: PAGE.side,
    flexDirection: "row",
    justifyContent: "space-between",
  },
  headerRule: {
    position: "absolute",
    top: 66,
    left: PAGE.side,
    right: PAGE.side,
    height: 0.8,
    backgroundColor: "#1b2430",
  },
  headerLeft: { flexDirection: "column", maxWidth: 320 },
  headerRight: { flexDirection: "column", alignItems: "flex-end" },
  headerBody: { fontSize: 11, fontFamily: "Helvetica-Bold", lineHeight: 1.25 },
  headerKind: { fontSize: 10, lineHeight: 1.25 },
  headerMeta: { fontSize: 9.5, lineHeight: 1.25 },
  title: {
    fontSize: 16,
    fontFamily: "Helvetica-Bold",
    lineHeight: 1.25,
    marginBottom: 8,
  },
  draft: {
    fontSize: 11,
    color: "#a4161a",
    fontFamily: "Helvetica-Bold",
    marginBottom: 8,
  },
  facts: { borderTop: "0.75pt solid #9aa5b1", marginBottom: 12 },
  fact: {
    flexDirection: "row",
    borderBottom: "0.75pt solid #9aa5b1",
    paddingVertical: 4,
  },
  factLabel: { width: 150, fontFamily: "Helvetica-Bold", paddingRight: 8 },
  factValue: { flex: 1 },
  muted: { color: "#4f5b6a" },
  section: {
    fontSize: 12.5,
    fontFamily: "Helvetica-Bold",
    paddingTop: 14,
    marginBottom: 4,
    paddingBottom: 2,
    borderBottom: "1pt solid #9aa5b1",
    color: "#0b4f8a",
  },
  label: { fontFamily: "Helvetica-Bold", marginTop: 5, marginBottom: 1 },
});

/** The header of every page: fixed, absolutely placed in the page's top margin. */
export function PageHeader({
  body,
  kind,
  date,
  page,
}: {
  body: string;
  kind: string;
  date: string;
  page: (n: number, total: number) => string;
}) {
  return (
    <>
      <View style={base.headerRule} fixed />
      <View style={base.header} fixed>
        <View style={base.headerLeft}>
          <Text style={base.headerBody}>{body}</Text>
          <Text style={base.headerKind}>{kind}</Text>
        </View>
        <View style={base.headerRight}>
          <Text style={base.headerMeta}>{date}</Text>
          <Text
            style={base.headerMeta}
            render={({ pageNumber, totalPages }) =>
              page(pageNumber, totalPages ?? pageNumber)
            }
          />
        </View>
      </View>
    </>
  );
}

export function Fact({ label, children, keep = true }: { label: string; children: ReactNode; keep?: boolean }) {
  return (
    <View style={base.fact} wrap={keep ? false : undefined}>
      <Text style={base.factLabel}>{label}</Text>
      <View style={base.factValue}>{typeof children === "string" ? <Text>{children}</Text> : children}</View>
    </View>
  );
}
