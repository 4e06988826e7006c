// The agenda as an A4 PDF (@react-pdf/renderer, on the server): group, date,
// time, place, numbered items with background and proposal. Helvetica's
// WinAnsi encoding covers å, ä, ö and the Swedish quotation mark ”.
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "./react-pdf.server";
import type { Messages } from "~/i18n";
import type { Locale } from "~/i18n";
import type { AgendaChange, AgendaMeeting, AgendaView } from "~/models/agenda-item.server";
import { formatDay, formatDayLong, formatInstant } from "~/utils/dates";
import { richText } from "./rich-text";
import { cachedPdf } from "./cache.server";

const styles = StyleSheet.create({
  page: { paddingTop: 48, paddingBottom: 56, paddingHorizontal: 56, fontFamily: "Helvetica", fontSize: 10.5, lineHeight: 1.4, color: "#1b2430" },
  group: { fontSize: 10, color: "#4f5b6a", marginBottom: 2 },
  title: { fontSize: 20, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  subtitle: { fontSize: 13, marginBottom: 12 },
  facts: { borderTop: "1pt solid #d5dbe3", borderBottom: "1pt solid #d5dbe3", paddingVertical: 6, marginBottom: 14 },
  fact: { flexDirection: "row" },
  factLabel: { width: 60, fontFamily: "Helvetica-Bold" },
  section: { fontSize: 13, fontFamily: "Helvetica-Bold", marginTop: 12, marginBottom: 6, color: "#0b4f8a" },
  item: { marginBottom: 10 },
  itemTitle: { fontSize: 11.5, fontFamily: "Helvetica-Bold", marginBottom: 2 },
  meta: { color: "#4f5b6a", marginBottom: 3 },
  label: { fontFamily: "Helvetica-Bold", marginTop: 3 },
  listItem: { flexDirection: "row", marginBottom: 2 },
  bullet: { width: 16 },
  listBody: { flex: 1 },
  paragraph: { marginBottom: 3 },
  muted: { color: "#4f5b6a" },
  footer: { position: "absolute", bottom: 24, left: 56, right: 56, fontSize: 8.5, color: "#4f5b6a", flexDirection: "row", justifyContent: "space-between" },
  changes: { marginTop: 16, borderTop: "1pt solid #d5dbe3", paddingTop: 8 },
});

/** An item's documents as the agenda lists them (issue 17). */
export type AgendaPdfDocument = { title: string; filename: string; deliverable: boolean };

type Props = {
  meeting: AgendaMeeting;
  sections: AgendaView;
  changes: AgendaChange[];
  t: Messages;
  locale: Locale;
  /** Each item's documents, by item id. */
  documents?: Map<number, AgendaPdfDocument[]>;
  /** False inside the meeting pack, which numbers its pages itself. */
  pageNumbers?: boolean;
};

function AgendaDocument({ meeting, sections, changes, t, locale, documents, pageNumbers = true }: Props) {
  const m = t.agendaEditor;
  const time = meeting.startTime ? `${meeting.startTime}${meeting.endTime ? `–${meeting.endTime}` : ""}` : "–";
  return (
    <Document title={`${m.pdfTitle}: ${meeting.title}`} author={meeting.groupName} language={locale === "en" ? "en-GB" : "sv-SE"} creator="Styrbord" producer="Styrbord">
      <Page size="A4" style={styles.page}>
        <Text style={styles.group}>{meeting.groupName}</Text>
        <Text style={styles.title}>{m.pdfTitle}</Text>
        <Text style={styles.subtitle}>{meeting.title}</Text>
        <View style={styles.facts}>
          <View style={styles.fact}>
            <Text style={styles.factLabel}>{m.date}</Text>
            <Text>{formatDayLong(meeting.date, locale)}</Text>
          </View>
          <View style={styles.fact}>
            <Text style={styles.factLabel}>{m.pdfTime}</Text>
            <Text>{time}</Text>
          </View>
          <View style={styles.fact}>
            <Text style={styles.factLabel}>{m.pdfPlace}</Text>
            <Text>{meeting.place ?? t.meeting.noPlace}</Text>
          </View>
          <Text style={styles.muted}>
            {meeting.agendaPublishedAt
              ? `${m.pdfPublished(formatInstant(meeting.agendaPublishedAt, locale))}${meeting.agendaRevision > 1 ? ` · ${m.revised(meeting.agendaRevision)}` : ""}`
              : m.pdfDraft}
          </Text>
        </View>
        {sections.map((section) => (
          <View key={section.id}>
            <Text style={styles.section} minPresenceAhead={40}>
              {section.title ?? t.sections[section.kind]}
            </Text>
            {section.items.length === 0 ? <Text style={styles.muted}>{t.meeting.noItems}</Text> : null}
            {section.items.map((item) => (
              <View key={item.id} style={styles.item}>
                <Text style={styles.itemTitle} minPresenceAhead={30}>
                  {item.number}. {item.title}
                </Text>
                {item.presentation || item.presenter ? (
                  <Text style={styles.meta}>
                    {[item.presentation, item.presenter ? `${t.meeting.presenter}: ${item.presenter}` : null].filter(Boolean).join(" · ")}
                  </Text>
                ) : null}
                {item.backgroundJson ? (
                  <>
                    <Text style={styles.label}>{t.meeting.background}</Text>
                    {richText(item.backgroundJson, `bg-${item.id}`)}
                  </>
                ) : null}
                {item.proposalJson ? (
                  <>
                    <Text style={styles.label}>{t.meeting.proposal}</Text>
                    {richText(item.proposalJson, `pr-${item.id}`)}
                  </>
                ) : null}
                {item.call ? (
                  <Text>
                    {t.meeting.call}: {t.meeting.callWindow(item.call.label, formatDay(item.call.opensOn, locale), formatDay(item.call.closesOn, locale))}
                    {item.call.deadline ? `, ${t.meeting.applicationDeadline(formatDay(item.call.deadline, locale))}` : ""}
                  </Text>
                ) : null}
                {item.project ? (
                  <Text>
                    {t.meeting.project}: {item.project.name}
                  </Text>
                ) : null}
                {item.mandate ? (
                  <Text>
                    {t.meeting.followsUp}: {item.mandate.task}
                  </Text>
                ) : null}
                {documents?.get(item.id)?.length ? (
                  <View>
                    <Text style={styles.label}>{t.documents.title}</Text>
                    {documents.get(item.id)!.map((d, i) => (
                      <View key={`doc-${item.id}-${i}`} style={styles.listItem}>
                        <Text style={styles.bullet}>•</Text>
                        <Text style={styles.listBody}>
                          {d.title} ({d.filename}){d.deliverable ? ` · ${t.documents.deliverable}` : ""}
                        </Text>
                      </View>
                    ))}
                  </View>
                ) : null}
              </View>
            ))}
          </View>
        ))}
        {meeting.agendaPublishedAt && changes.length ? (
          <View style={styles.changes}>
            <Text style={styles.section}>{m.changesTitle}</Text>
            {changes.map((c) => (
              <Text key={c.id} style={styles.paragraph}>
                {formatInstant(c.at, locale)}: {m.changeActions[c.action](c.title)}
                {c.fields.length ? ` (${m.changed(c.fields.map((f) => m.changedFields[f] ?? f).join(", "))})` : ""}
              </Text>
            ))}
          </View>
        ) : null}
        <View style={styles.footer} fixed>
          <Text>
            {meeting.groupShortName} · {m.pdfTitle} {formatDay(meeting.date, locale)}
          </Text>
          {pageNumbers ? <Text render={({ pageNumber, totalPages }) => m.pdfPage(pageNumber, totalPages ?? pageNumber)} /> : null}
        </View>
      </Page>
    </Document>
  );
}

export async function renderAgendaPdf(props: Props): Promise<Buffer> {
  return cachedPdf("agenda", props, () => renderToBuffer(<AgendaDocument {...props} />));
}
