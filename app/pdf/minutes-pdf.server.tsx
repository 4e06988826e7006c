// The minutes as PDF in the protocol form Swedish public bodies file
// (@react-pdf/renderer): a header on every page (body, "Protokoll", meeting
// date, "Sida X (Y)"); a first page with the § range, date, time, place, who
// attended in what role, secretary, chair, checkers, the approval and the
// posting (anslag/bevis); each item with §, title, background (as the group's
// setting says), proposal, decision, reservations and mandates; the approval
// block with names, roles and times; corrections.
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "./react-pdf.server";
import type { JSONContent } from "@tiptap/core";
import { Fragment, type ReactNode } from "react";
import type { Locale, Messages } from "~/i18n";
import { formatDuePoint } from "~/models/mandate-due";
import type { MeetingView } from "~/models/meeting.server";
import type { MinutesExtras } from "~/models/minutes-view.server";
import { backgroundForMinutes, type ProtocolFacts, type ProtocolPerson } from "~/protocol";
import { formatDay, formatDayLong, formatInstant } from "~/utils/dates";
import { base, Fact, PageHeader } from "./protocol-parts";
import { block, blockLength, docBlocks } from "./rich-text";
import { cachedPdf } from "./cache.server";

type MeetingPageView = NonNullable<MeetingView>;
type Item = MeetingPageView["sections"][number]["items"][number];

const styles = StyleSheet.create({
  item: { marginTop: 10 },
  itemStart: { marginTop: 10 },
  itemTitle: { fontSize: 11.5, fontFamily: "Helvetica-Bold", lineHeight: 1.3, marginBottom: 2 },
  meta: { color: "#4f5b6a", marginBottom: 1 },
  mandate: { marginTop: 4, marginLeft: 12, paddingLeft: 8, borderLeft: "2pt solid #9aa5b1" },
  correction: { marginTop: 4, padding: 5, border: "1pt solid #b07a00" },
  approvals: { marginTop: 4, flexDirection: "row", flexWrap: "wrap" },
  approvalBox: { width: "48%", marginRight: "2%", marginTop: 6, padding: 6, border: "0.75pt solid #9aa5b1" },
  approvalName: { fontFamily: "Helvetica-Bold" },
  posting: { marginTop: 4, marginBottom: 12, padding: 6, border: "0.75pt solid #1b2430" },
  postingTitle: { fontFamily: "Helvetica-Bold", fontSize: 11, marginBottom: 2 },
});

// Sections and items are fragments, so every kept group is a direct child of the
// page: react-pdf squeezes a wrap={false} view nested two levels deep into the
// space left at a page end (its lines overlap) instead of moving it on.

/** A first block longer than this is not kept on the page of its heading (it could not fit). */
const KEEP_WITH_HEADING = 700;

/** A label and its blocks; the label never ends a page alone: it is kept with the first block. */
function Labeled({ label, nodes, keyPrefix, head }: { label: string | null; nodes: JSONContent[]; keyPrefix: string; head?: ReactNode }) {
  if (!label && !head && nodes.length === 0) return null;
  const [first, ...rest] = nodes;
  const keep = first && blockLength(first) <= KEEP_WITH_HEADING;
  return (
    <>
      <View wrap={false} style={head ? styles.itemStart : undefined} minPresenceAhead={keep ? undefined : 48}>
        {head}
        {label ? <Text style={base.label}>{label}</Text> : null}
        {keep ? block(first, `${keyPrefix}-0`) : null}
      </View>
      {first && !keep ? block(first, `${keyPrefix}-0`) : null}
      {rest.map((node, i) => block(node, `${keyPrefix}-${i + 1}`))}
    </>
  );
}

const para = (text: string): JSONContent => ({ type: "paragraph", content: text ? [{ type: "text", text }] : [] });

export function renderMinutesPdf(view: MeetingPageView, extras: MinutesExtras, facts: ProtocolFacts, t: Messages, locale: Locale): Promise<Buffer> {
  return cachedPdf("minutes", { view, extras, facts, locale }, () => drawMinutesPdf(view, extras, facts, t, locale));
}

async function drawMinutesPdf(view: MeetingPageView, extras: MinutesExtras, facts: ProtocolFacts, t: Messages, locale: Locale): Promise<Buffer> {
  const { meeting, sections } = view;
  const P = t.protocol;
  const approved = meeting.state === "minutes_approved";
  const day = formatDay(meeting.date, locale);
  const time = meeting.startTime ? `${meeting.startTime}${meeting.endTime ? `–${meeting.endTime}` : ""}` : P.noTime;
  const person = (p: ProtocolPerson) =>
    [p.name, p.status === "substitute" ? (p.substituteFor ? P.substituteFor(p.substituteFor) : P.substitute) : P.personRoles[p.role ?? "none"], p.represents, p.isChecker ? P.checkerMark : null]
      .filter(Boolean)
      .join(", ");
  const people = (list: ProtocolPerson[]) => (list.length ? list.map((p, i) => <Text key={i}>{person(p)}</Text>) : <Text>{P.nobody}</Text>);
  const dueOf = (m: Item["mandatesGiven"][number]) => formatDuePoint(m, locale);

  // `lead` (the section heading, for a section's first item) is kept on the page of the item's start.
  const itemView = (item: Item, index: number, lead?: ReactNode) => {
    const extra = extras.items[item.id];
    const texts = facts.texts[item.id];
    const reservations = extra?.stances.filter((s) => s.stance === "reservation") ?? [];
    const background = backgroundForMinutes(texts?.backgroundJson ?? null, facts.settings.background);
    const proposal = docBlocks(texts?.proposalJson ?? null);
    const decision = texts?.decisionJson ? docBlocks(texts.decisionJson) : extra?.decisionText ? [para(extra.decisionText)] : [];
    const meta = [item.presentation, item.presenter ? `${P.presenter}: ${item.presenter}` : null].filter(Boolean).join(" · ");
    const head = (
      <>
        {lead}
        <Text style={styles.itemTitle}>
          {item.paragraph ? t.meeting.paragraph(item.paragraph) : `${index + 1}.`} {item.title}
        </Text>
        {meta ? <Text style={styles.meta}>{meta}</Text> : null}
        {item.call ? (
          <Text style={styles.meta}>
            {P.call}: {t.meeting.callWindow(`${item.call.fund} ${item.call.code}`, formatDay(item.call.opensOn, locale), formatDay(item.call.closesOn, locale))}
            {item.call.deadline ? `, ${t.meeting.applicationDeadline(formatDay(item.call.deadline, locale))}` : ""}
          </Text>
        ) : null}
        {item.project ? (
          <Text style={styles.meta}>
            {P.project}: {item.project.name}
          </Text>
        ) : null}
        {item.followsUp ? (
          <Text style={styles.meta}>
            {P.followsUp}: {item.followsUp.task} ({t.mandateStatuses[item.followsUp.status]})
          </Text>
        ) : null}
      </>
    );
    // The first part with content carries the item's heading, so the heading never ends a page alone.
    const parts: Array<{ label: string; nodes: JSONContent[] }> = [];
    if (background.length) parts.push({ label: P.background, nodes: background });
    if (proposal.length) parts.push({ label: P.proposal, nodes: proposal });
    if (decision.length) parts.push({ label: item.outcome ? `${P.decision} – ${t.outcomes[item.outcome]}` : P.decision, nodes: decision });
    else if (item.outcome) parts.push({ label: P.decision, nodes: [para(t.outcomes[item.outcome])] });
    else parts.push({ label: P.decision, nodes: [para(P.noDecision)] });
    return (
      <Fragment key={item.id}>
        {parts.map((part, i) => (
          <Labeled key={part.label} label={part.label} nodes={part.nodes} keyPrefix={`${item.id}-${i}`} head={i === 0 ? head : undefined} />
        ))}
        {reservations.length ? (
          <View wrap={false}>
            <Text style={base.label}>{P.reservations}</Text>
            {reservations.map((r) => (
              <Text key={r.id}>{P.reservation(r.name, r.reason ?? "")}</Text>
            ))}
          </View>
        ) : null}
        {item.mandatesGiven.map((m) => (
          <View key={m.id} style={styles.mandate} wrap={false}>
            <Text style={base.label}>{P.mandate}</Text>
            <Text>{m.task}</Text>
            <Text style={base.muted}>
              {P.assignee}: {m.unitName ?? t.mandates.noAssignee} · {P.due}: {dueOf(m)}
            </Text>
          </View>
        ))}
        {extra?.perCapsulamMandates.map((m) => (
          <View key={m.id} style={styles.mandate} wrap={false}>
            <Text style={base.label}>{P.mandate}</Text>
            <Text>{m.task}</Text>
            <Text style={base.muted}>
              {P.assignee}: {m.unitName ?? t.mandates.noAssignee}
              {` · ${P.due}: ${formatDuePoint(m.due, locale)}`}
            </Text>
          </View>
        ))}
        {extra?.corrections.map((c) => (
          <View key={c.id} style={styles.correction} wrap={false}>
            <Text style={base.label}>{t.minutes.correction(formatInstant(c.madeAt, locale), c.madeBy)}</Text>
            <Text>
              {t.minutes.correctionAfter}: {c.after}
            </Text>
            <Text style={base.muted}>
              {t.minutes.correctionReason}: {c.reason}
            </Text>
          </View>
        ))}
      </Fragment>
    );
  };

  const approvalLine = approved && facts.approvedAt ? P.approvedHow(formatInstant(facts.approvedAt, locale)) : P.notApprovedYet;
  const doc = (
    <Document title={`${P.minutes}: ${meeting.title}`} author={meeting.groupName} language={locale === "en" ? "en-GB" : "sv-SE"} creator="Styrbord" producer="Styrbord">
      <Page size="A4" style={base.page}>
        <PageHeader body={meeting.groupName} kind={P.minutes} date={day} page={P.page} />
        <Text style={base.title}>{meeting.title}</Text>
        {approved ? null : <Text style={base.draft}>{P.draftMark}</Text>}
        <View style={base.facts}>
          <Fact label={P.paragraphs}>{facts.paragraphs ? P.paragraphRange(facts.paragraphs.first, facts.paragraphs.last) : P.noParagraphs}</Fact>
          <Fact label={P.date}>{formatDayLong(meeting.date, locale)}</Fact>
          <Fact label={P.time}>{time}</Fact>
          <Fact label={P.place}>{meeting.place ?? t.meeting.noPlace}</Fact>
          <Fact label={P.deciding}>{people(facts.deciding)}</Fact>
          <Fact label={P.others}>{people(facts.others)}</Fact>
          {facts.absent.length ? <Fact label={P.absent}>{people(facts.absent)}</Fact> : null}
          <Fact label={P.secretary}>{facts.secretaryName ?? P.nobody}</Fact>
          <Fact label={P.chair}>{facts.chairName ?? extras.approvals.find((a) => a.role === "chair")?.name ?? P.nobody}</Fact>
          <Fact label={P.checkers}>{facts.checkerNames.join(", ") || P.nobody}</Fact>
          <Fact label={P.approval}>{approvalLine}</Fact>
        </View>
        {approved && facts.settings.postsMinutes ? (
          <View style={styles.posting} wrap={false}>
            <Text style={styles.postingTitle}>{P.posting.title}</Text>
            <Text>{P.posting.intro}</Text>
            <Fact keep={false} label={P.posting.body}>{meeting.groupName}</Fact>
            <Fact keep={false} label={P.posting.meetingDate}>{day}</Fact>
            <Fact keep={false} label={P.posting.approvedOn}>{facts.approvedOn ? formatDay(facts.approvedOn, locale) : P.nobody}</Fact>
            <Fact keep={false} label={P.posting.postedOn}>{facts.posting ? formatDay(facts.posting.postedOn, locale) : P.posting.notRecorded}</Fact>
            <Fact keep={false} label={P.posting.takenDownOn}>{facts.posting ? formatDay(facts.posting.takenDownOn, locale) : P.posting.notRecorded}</Fact>
            <Fact keep={false} label={P.posting.storage}>{P.posting.storageValue}</Fact>
          </View>
        ) : null}

        {sections.map((section) => (
          <Fragment key={section.id}>
            {section.items.length === 0 ? (
              <View wrap={false}>
                <Text style={base.section}>{section.title ?? t.sections[section.kind]}</Text>
                <Text style={base.muted}>{t.meeting.noItems}</Text>
              </View>
            ) : null}
            {section.items.map((item, index) => itemView(item, index, index === 0 ? <Text style={base.section}>{section.title ?? t.sections[section.kind]}</Text> : undefined))}
          </Fragment>
        ))}

        <View wrap={false}>
          <Text style={base.section}>{P.approval}</Text>
          <Text style={base.muted}>{P.approvalIntro}</Text>
          <View style={styles.approvals}>
            {extras.approvals.map((a) => (
              <View key={a.id} style={styles.approvalBox}>
                <Text style={styles.approvalName}>{a.name}</Text>
                <Text>{P.approvalRoles[a.role]}</Text>
                <Text style={base.muted}>
                  {a.state === "approved" && a.current && a.decidedAt
                    ? P.approvedAt(formatInstant(a.decidedAt, locale))
                    : a.state === "returned" && a.decidedAt
                      ? P.approvalReturned(formatInstant(a.decidedAt, locale))
                      : P.approvalPending}
                </Text>
              </View>
            ))}
            <View style={styles.approvalBox}>
              <Text style={styles.approvalName}>{facts.secretaryName ?? P.nobody}</Text>
              <Text>{P.atTheMinutes}</Text>
              <Text style={base.muted}>{P.personRoles.secretary}</Text>
            </View>
          </View>
          {!approved || !facts.settings.postsMinutes ? null : (
            <Text style={[base.muted, { marginTop: 6 }]}>
              {facts.posting ? P.postingDates(formatDay(facts.posting.postedOn, locale), formatDay(facts.posting.takenDownOn, locale)) : P.postingNotYet}
            </Text>
          )}
        </View>

        {extras.corrections.length ? (
          <View>
            <Text style={base.section} minPresenceAhead={60}>
              {P.corrections}
            </Text>
            {extras.corrections.map((c) => (
              <View key={c.id} style={styles.item} wrap={false}>
                <Text style={base.label}>
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
                <Text style={base.muted}>
                  {t.minutes.correctionReason}: {c.reason}
                </Text>
              </View>
            ))}
          </View>
        ) : null}
      </Page>
    </Document>
  );
  return renderToBuffer(doc);
}
