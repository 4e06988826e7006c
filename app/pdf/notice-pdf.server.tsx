// The notice of a meeting (kallelse) as PDF, in the same form as the minutes:
// a header on every page (body, "Kallelse", meeting date, "Sida X (Y)"); date,
// time and place; who is called and in what role; the items in order with
// their presenter and papers; whom to tell when one cannot come.
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "./react-pdf.server";
import { Fragment } from "react";
import type { Locale, Messages } from "~/i18n";
import type { AgendaMeeting, AgendaView } from "~/models/agenda-item.server";
import type { NoticeFacts } from "~/protocol";
import { formatDay, formatDayLong, stockholmDay } from "~/utils/dates";
import { base, Fact, PageHeader } from "./protocol-parts";
import { cachedPdf } from "./cache.server";

const styles = StyleSheet.create({
  intro: { marginBottom: 8 },
  absence: { marginTop: 2, marginBottom: 12, padding: 6, border: "1pt solid #0b4f8a", fontFamily: "Helvetica-Bold", fontSize: 10.5 },
  item: { marginTop: 6 },
  // A unitless lineHeight is taken against the style's own fontSize (18 when unset), so both are given.
  itemTitle: { fontFamily: "Helvetica-Bold", fontSize: 10.5, lineHeight: 1.3 },
  meta: { color: "#4f5b6a" },
  sectionTitle: { fontFamily: "Helvetica-Bold", marginTop: 10 },
});

type Props = { meeting: AgendaMeeting; sections: AgendaView; facts: NoticeFacts; t: Messages; locale: Locale };

function NoticeDocument({ meeting, sections, facts, t, locale }: Props) {
  const P = t.protocol;
  const time = meeting.startTime ? `${meeting.startTime}${meeting.endTime ? `–${meeting.endTime}` : ""}` : P.noTime;
  const absence = facts.secretary ? P.noticeAbsence(facts.secretary.name, facts.secretary.email) : P.noticeAbsenceNoSecretary;
  return (
    <Document title={`${P.notice}: ${meeting.title}`} author={meeting.groupName} language={locale === "en" ? "en-GB" : "sv-SE"} creator="Styrbord" producer="Styrbord">
      <Page size="A4" style={base.page}>
        <PageHeader body={meeting.groupName} kind={P.notice} date={formatDay(meeting.date, locale)} page={P.page} />
        <Text style={base.title}>{meeting.title}</Text>
        {meeting.agendaPublishedAt ? null : <Text style={base.draft}>{P.noticeDraft}</Text>}
        <Text style={styles.intro}>{P.noticeWelcome(meeting.groupName)}</Text>
        <View style={base.facts}>
          <Fact label={P.date}>{formatDayLong(meeting.date, locale)}</Fact>
          <Fact label={P.time}>{time}</Fact>
          <Fact label={P.place}>{meeting.place ?? t.meeting.noPlace}</Fact>
          <Fact label={P.noticeCalled}>
            {facts.called.length ? (
              facts.called.map((c, i) => <Text key={i}>{[c.name, P.personRoles[c.role], c.represents].filter(Boolean).join(", ")}</Text>)
            ) : (
              <Text>{P.nobody}</Text>
            )}
          </Fact>
          {meeting.agendaPublishedAt ? <Fact label={P.noticeIssued}>{formatDay(stockholmDay(new Date(meeting.agendaPublishedAt)), locale)}</Fact> : null}
        </View>
        <Text style={styles.absence}>{absence}</Text>

        <Text style={base.section}>{P.noticeItems}</Text>
        {/* Flat: each item is a direct child of the page, its section's title kept with the first item. */}
        {sections.map((section) => (
          <Fragment key={section.id}>
            {section.items.length === 0 ? (
              <View wrap={false}>
                <Text style={styles.sectionTitle}>{section.title ?? t.sections[section.kind]}</Text>
                <Text style={base.muted}>{t.meeting.noItems}</Text>
              </View>
            ) : null}
            {section.items.map((item, index) => {
              const papers = facts.papers.get(item.id) ?? [];
              const meta = [item.presentation, item.presenter ? `${P.presenter}: ${item.presenter}` : null].filter(Boolean).join(" · ");
              return (
                <View key={item.id} wrap={false}>
                  {index === 0 ? <Text style={styles.sectionTitle}>{section.title ?? t.sections[section.kind]}</Text> : null}
                  <View style={styles.item}>
                    <Text style={styles.itemTitle}>
                      {item.number}. {item.title}
                    </Text>
                    {meta ? <Text style={styles.meta}>{meta}</Text> : null}
                    {item.mandate ? (
                      <Text style={styles.meta}>
                        {P.followsUp}: {item.mandate.task}
                      </Text>
                    ) : null}
                    {papers.length ? (
                      <Text style={styles.meta}>
                        {P.papers}: {papers.map((p) => p.title).join("; ")}
                      </Text>
                    ) : null}
                  </View>
                </View>
              );
            })}
          </Fragment>
        ))}
      </Page>
    </Document>
  );
}

export async function renderNoticePdf(props: Props): Promise<Buffer> {
  return cachedPdf("notice", props, () => renderToBuffer(<NoticeDocument {...props} />));
}
