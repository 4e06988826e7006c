// The minutes as PDF (@react-pdf/renderer): header with group, date, place
// and attendance; the items with § numbers, decisions, reservations and the
// mandates given; the approval block with names and time stamps; corrections.
import { formatDuePoint } from "~/models/mandate-due";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { Messages } from "~/i18n";
import type { Locale } from "~/i18n";
import type { MeetingView } from "~/models/meeting.server";
import type { MinutesExtras } from "~/models/minutes-view.server";
import { formatDay, formatInstant, formatMeetingWhen } from "~/utils/dates";

type MeetingPageView = NonNullable<MeetingView>;

const styles = StyleSheet.create({
  page: { padding: 48, paddingBottom: 64, fontSize: 10.5, fontFamily: "Helvetica", lineHeight: 1.4, color: "#111" },
  eyebrow: { fontSize: 9, color: "#444" },
  title: { fontSize: 18, fontFamily: "Helvetica-Bold", marginBottom: 2 },
  subtitle: { fontSize: 12, marginBottom: 10 },
  draft: { fontSize: 11, color: "#a4161a", fontFamily: "Helvetica-Bold", marginBottom: 8 },
  facts: { marginBottom: 10 },
  factRow: { flexDirection: "row", marginBottom: 2 },
  factLabel: { width: 110, fontFamily: "Helvetica-Bold" },
  factValue: { flex: 1 },
  section: { fontSize: 13, fontFamily: "Helvetica-Bold", marginTop: 12, marginBottom: 4, borderBottom: "1pt solid #999", paddingBottom: 2 },
  item: { marginTop: 8 },
  itemTitle: { fontSize: 11.5, fontFamily: "Helvetica-Bold" },
  label: { fontFamily: "Helvetica-Bold", marginTop: 4 },
  muted: { color: "#444" },
  indent: { marginLeft: 12 },
  correction: { marginTop: 4, padding: 4, border: "1pt solid #b07a00" },
  footer: { position: "absolute", bottom: 28, left: 48, right: 48, fontSize: 8.5, color: "#555", flexDirection: "row", justifyContent: "space-between" },
});

export async function renderMinutesPdf(view: MeetingPageView, extras: MinutesExtras, t: Messages, locale: Locale): Promise<Buffer> {
  const { meeting, sections, attendance } = view;
  const L = t.minutes.pdfLabels;
  const present = attendance.filter((a) => a.status !== "absent");
  const absent = attendance.filter((a) => a.status === "absent");
  const approved = meeting.state === "minutes_approved";
  const roleName = (role: string) => (role === "chair" ? t.minutes.roleChair : t.minutes.roleChecker);
  const doc = (
    <Document title={`${L.minutes} ${meeting.title}`} author={meeting.groupName} language={locale}>
      <Page size="A4" style={styles.page}>
        <Text style={styles.eyebrow}>{meeting.groupName}</Text>
        <Text style={styles.title}>{meeting.title}</Text>
        <Text style={styles.subtitle}>{L.minutes}</Text>
        {approved ? null : <Text style={styles.draft}>{t.minutes.draftMark}</Text>}
        <View style={styles.facts}>
          <Fact label={L.group} value={meeting.groupName} />
          <Fact label={L.dateTime} value={formatMeetingWhen(meeting, locale)} />
          <Fact label={L.place} value={meeting.place ?? t.meeting.noPlace} />
          <Fact
            label={L.present}
            value={present
              .map((a) => `${a.name}${a.represents ? `, ${a.represents}` : ""}${a.status === "substitute" && a.substituteFor ? ` (${t.meeting.substitute(a.substituteFor)})` : ""}${a.isChecker ? ` (${t.meeting.checker})` : ""}`)
              .join("; ") || t.common.none}
          />
          {absent.length ? <Fact label={L.absent} value={absent.map((a) => a.name).join("; ")} /> : null}
        </View>

        {sections.map((section) => (
          <View key={section.id}>
            <Text style={styles.section}>{section.title ?? t.sections[section.kind]}</Text>
            {section.items.map((item, index) => {
              const extra = extras.items[item.id];
              const reservations = extra?.stances.filter((s) => s.stance === "reservation") ?? [];
              return (
                <View key={item.id} style={styles.item} wrap>
                  <Text style={styles.itemTitle}>
                    {item.paragraph ? t.meeting.paragraph(item.paragraph) : `${index + 1}.`} {item.title}
                  </Text>
                  {item.presentation ? <Text style={styles.muted}>{item.presentation}</Text> : null}
                  {item.call ? (
                    <Text style={styles.muted}>
                      {t.meeting.call}: {t.meeting.callWindow(`${item.call.fund} ${item.call.code}`, formatDay(item.call.opensOn, locale), formatDay(item.call.closesOn, locale))}
                      {item.call.deadline ? `, ${t.meeting.applicationDeadline(formatDay(item.call.deadline, locale))}` : ""}
                    </Text>
                  ) : null}
                  {item.followsUp ? (
                    <Text style={styles.muted}>
                      {t.meeting.followsUp}: {item.followsUp.task} ({t.mandateStatuses[item.followsUp.status]})
                    </Text>
                  ) : null}
                  {extra?.decisionText || item.outcome ? (
                    <View>
                      <Text style={styles.label}>
                        {L.decision}
                        {item.outcome ? ` – ${t.outcomes[item.outcome]}` : ""}
                      </Text>
                      {extra?.decisionText ? <Text>{extra.decisionText}</Text> : null}
                    </View>
                  ) : null}
                  {item.mandatesGiven.map((m) => (
                    <View key={m.id} style={styles.indent}>
                      <Text style={styles.label}>{L.mandate}</Text>
                      <Text>{m.task}</Text>
                      <Text style={styles.muted}>
                        {L.assignee}: {m.unitName ?? t.mandates.noAssignee} · {L.due}:{" "}
                        {m.dueDate ? t.mandates.dueOnDate(formatDay(m.dueDate, locale)) : m.dueMeetingDate ? t.mandates.dueAtMeeting(formatDay(m.dueMeetingDate, locale)) : t.mandates.noDue}
                      </Text>
                    </View>
                  ))}
                  {extra?.perCapsulamMandates.map((m) => (
                    <View key={m.id} style={styles.indent}>
                      <Text style={styles.label}>{L.mandate}</Text>
                      <Text>{m.task}</Text>
                      <Text style={styles.muted}>
                        {L.assignee}: {m.unitName ?? t.mandates.noAssignee}
                        {` · ${L.due}: ${formatDuePoint(m.due, locale)}`}
                      </Text>
                    </View>
                  ))}
                  {reservations.length ? (
                    <View>
                      <Text style={styles.label}>{L.reservations}</Text>
                      {reservations.map((r) => (
                        <Text key={r.id}>{t.minutes.reservation(r.name, r.reason ?? "")}</Text>
                      ))}
                    </View>
                  ) : null}
                  {extra?.corrections.map((c) => (
                    <View key={c.id} style={styles.correction}>
                      <Text style={styles.label}>{t.minutes.correction(formatInstant(c.madeAt, locale), c.madeBy)}</Text>
                      <Text>
                        {t.minutes.correctionAfter}: {c.after}
                      </Text>
                      <Text style={styles.muted}>
                        {t.minutes.correctionReason}: {c.reason}
                      </Text>
                    </View>
                  ))}
                </View>
              );
            })}
          </View>
        ))}

        <View wrap={false}>
          <Text style={styles.section}>{L.approvals}</Text>
          {extras.approvals.length === 0 ? <Text style={styles.muted}>{t.minutes.pending}</Text> : null}
          {extras.approvals.map((a) => (
            <Text key={a.id}>
              {a.state === "approved" && a.current && a.decidedAt ? L.approvedAt(a.name, roleName(a.role), formatInstant(a.decidedAt, locale)) : L.notApproved(a.name, roleName(a.role))}
            </Text>
          ))}
        </View>

        {extras.corrections.length ? (
          <View>
            <Text style={styles.section}>{L.corrections}</Text>
            {extras.corrections.map((c) => (
              <View key={c.id} style={styles.item}>
                <Text style={styles.label}>
                  {t.minutes.correction(formatInstant(c.madeAt, locale), c.madeBy)}
                  {c.paragraph ? ` – ${t.meeting.paragraph(c.paragraph)}` : ""} ({t.minutes.correctionFields[c.field]})
                </Text>
                {c.before ? (
                  <Text>
                    {t.minutes.correctionBefore}: {c.before}
                  </Text>
                ) : null}
                <Text>
                  {t.minutes.correctionAfter}: {c.after}
                </Text>
                <Text style={styles.muted}>
                  {t.minutes.correctionReason}: {c.reason}
                </Text>
              </View>
            ))}
          </View>
        ) : null}

        <View style={styles.footer} fixed>
          <Text>
            {meeting.groupShortName} · {meeting.title}
          </Text>
          <Text render={({ pageNumber, totalPages }) => L.page(pageNumber, totalPages)} />
        </View>
      </Page>
    </Document>
  );
  return renderToBuffer(doc);
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View style={styles.factRow}>
      <Text style={styles.factLabel}>{label}</Text>
      <Text style={styles.factValue}>{value}</Text>
    </View>
  );
}
