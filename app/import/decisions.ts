// Recognising decision text. Minutes state decisions in a handful of ways:
//   "Beslut: …" (a label, handled in items.ts),
//   "Styrgruppen beslutar att …", "Nämnden beslutade att …",
//   "Kommunstyrelsen godkänner/godkände …", "Rapporten läggs till handlingarna",
//   "ASK:s styrgrupp ger Projektenhet Kronoberg i uppdrag att …",
//   "Styrelsen beslutar" followed by "att …" clause lines.
// A background often quotes an *earlier* decision ("Styrgrupp ASK uppdrog till
// Projektenhet Kronoberg 2025-04-29 att …"); that is history, not this meeting's
// decision. The rules below tell them apart by tense and by a date in the sentence.
import { findDates } from "./dates";
import { DECIDING_BODY, DECISION_ANYWHERE, DULY_CALLED, DECISION_PHRASES, ENGLISH_BODY, PAST_PASSIVE_VERBS, ENGLISH_VERBS, INFINITIVES, OUTCOME_PATTERNS, PASSIVE_VERBS, PAST_VERBS, PRESENT_VERBS, SUPINES } from "./lexicon";
import type { DecisionOutcome } from "./types";

/** Present-tense decision verbs (the meeting deciding now), from the lexicon. */
const PRESENT = `(?:${PRESENT_VERBS}|${DECISION_PHRASES.present.join("|")})`;
/** The same verbs in the past tense (active and passive). */
const PAST_WORDS = `${PAST_VERBS}|${DECISION_PHRASES.pastMarkers.join("|")}`;
const PAST = `(?:${PAST_VERBS}|${DECISION_PHRASES.past.join("|")})`;
/**
 * The perfect: "Styrgruppen har per capsulam beslutat att …", "Nämnden har godkänt …".
 * Read like the past tense: history when a date or a history word stands in it.
 */
const PERFECT = String.raw`(?:har|hade)\s+(?:\p{L}+\s+){0,3}?(?:${SUPINES})`;

/**
 * Passive forms: "Dagordningen godkänns", "Informationen noteras", "Anna Berg utses
 * att justera". "… lades till handlingarna" is how minutes record *this* meeting's
 * noting, so it counts as present; other past passives ("antogs 2019") are past.
 */
const PASSIVE = `(?:${PASSIVE_VERBS}|${DECISION_PHRASES.passive.join("|")})`;
/** Where the past-tense verb stands, to see whether a date follows it. */
const PAST_VERB_RE = new RegExp(`(?<![\\p{L}])(?:${PAST_WORDS}|${PERFECT})(?![\\p{L}])`, "iu");

/**
 * A subject of at most six words starting with a capital ("ASK:s styrgrupp",
 * "Kommunstyrelsen", "Styrgrupp ASK", "Efter diskussion"), then the verb.
 * The lazy repeat finds the first verb that follows.
 */
// (A word has a letter or digit: "Rapport - beslutade externa projekt" is a title, not a subject and its verb.)
const SUBJECT = String.raw`^[\p{Lu}\d][\p{L}\d:’.\-]*(?:\s+(?=[:’.(),\-]*[\p{L}\d])[\p{L}\d:’.(),\-]+){0,7}?\s+`;

// The deciding body and its verb deeper in a long sentence: "Fråga om … lyfts och styrelsen beslutar att …".
const BODY_VERB = String.raw`(?<!\p{L})(?:${DECIDING_BODY})\s+(?:enhälligt\s+)?`;
const PRESENT_RE = new RegExp(`${SUBJECT}${PRESENT}(?![\\p{L}])|${BODY_VERB}${PRESENT}(?![\\p{L}])`, "iu");
const PAST_RE = new RegExp(`${SUBJECT}(?:${PAST}|${PERFECT})(?![\\p{L}])|${BODY_VERB}(?:${PAST}|${PERFECT})(?![\\p{L}])`, "iu");
const PASSIVE_RE = new RegExp(`${SUBJECT}${PASSIVE}(?![\\p{L}])`, "iu");
/** Decisions recorded wherever they stand (lexicon.ts): "… besvaras med ja", "förklarades årsmötet stadgeenligt utlyst". */
const ANYWHERE = new RegExp(`(?<!\\p{L})(?:${DECISION_ANYWHERE.map(([, phrase]) => phrase).join("|")})(?!\\p{L})`, "iu");
/** The meeting duly called (lexicon.ts), outside a question: not the agenda's "Fråga om mötet blivit behörigen utlyst". */
const DULY_CALLED_RE = new RegExp(`(?<!\\p{L})(?:${DULY_CALLED})(?!\\p{L})`, "iu");
const QUESTION = /^(?:fråga|frågan|huruvida)(?!\p{L})|\?\s*$/iu;
const dulyCalled = (text: string) => DULY_CALLED_RE.test(text) && !QUESTION.test(text);
/**
 * The verb first, as Swedish minutes write an election or an approval without a subject:
 * "Valdes Claes Hellerström och Birgitta Lindergren till justeringsmän", "Väljs Peter Jern",
 * "Godkändes utan ändringar". A passive verb that opens a line records this meeting's act.
 */
// ("Bordlades.", "Godkändes." alone: the whole sentence is the verb.)
const VERB_FIRST = new RegExp(`^(?:${PASSIVE_VERBS}|${PAST_PASSIVE_VERBS})(?!\\p{L})(?:\\s*(?:,|\\s)\\s*(?!att\\b|av\\s+(?:\\p{L}+\\s+)?(?:den|det)\\b)\\S|\\s*[.!]?\\s*$)`, "iu");
/** "Beslutades att …", "Beslöts att …", "Beslut att …" at the start of a line. */
/** "… lästes upp på mötet och lades till handlingarna": wherever it stands, this meeting noted it. */
const FILED = /(?<!\p{L})(?:läggs|lades|lägges)\s+(?:\p{L}+\s+){0,3}?till\s+handlingarna(?!\p{L})/iu;
// "Beslut togs att …", "Beslut fattades om …", "Beslut tills vidare att …": the decision named as a noun.
// "Agreed 3rd December at Reed.", "agreed": a sentence that opens with "agreed" records what the meeting agreed.
// "Beslutade att vi inte …" (no subject), "VOTE: Adopt the draft …" (a vote's label).
/** "Beslöt enligt förslaget.", "Beslöt utse Roger Jansson till protokolljusterare.": a protocol's past without its subject. */
const SUBJECTLESS_PAST = new RegExp(String.raw`^(?:beslutade|beslöt)\s+(?:enligt\b|(?:${INFINITIVES})(?!\p{L})|\p{Ll}+a(?!\p{L}))`, "iu");
const IMPERSONAL =
  /^(?:uppdras|uppdrogs|delegeras)\s+(?:åt|till)\s|^(?:beslutades|beslöts|beslut|beslutas|överenskoms)\s+(?:om\s+)?att\b|^(?:agreed|decided|decision|resolved|consensus|beslut)(?:\s+[\d\p{Ll}]{1,4})?\s*[:–-]\s*\S|^(?:agreed|resolved|decided)\s+(?:that|to)\s|(?<!\p{L})beslut\s+(?:togs|fattades|tas|fattas)\s+(?:\p{L}+\s+){0,2}?(?:att|om)\b|^beslut\s+tills\s+vidare\b|^agreed\b|^(?:beslutade|beslöt|beslutar)\s+(?:vi\s+|man\s+)?(?:att|om)\b|^vote\s*:\s*\S/iu;

/** Verbs in the past a body uses to talk, hear or meet, not to decide. */
const TALKING_VERBS =
  String.raw`discussed|reviewed|considered|heard|received|talked|debated|questioned|asked|thanked|welcomed|expressed|raised|mentioned|reported|presented|examined|looked|noted|listened|learned|learnt|commented|queried|explored|recognized|recognised|acknowledged|observed|watched|visited|toured|attended|convened|reconvened|adjourned|recessed|paused|returned|continued|opened|closed|started|ended|began|finished|wondered|felt|believed|suggested|proposed|recommended|requested|inquired|enquired|informed|briefed|updated|shared|explained|described|outlined|highlighted|emphasized|emphasised|stressed|pointed|indicated|stated|noticed|viewed|showed|showcased|introduced|invited|gathered|assembled|met|needed|wanted|liked|loved|hoped|wished|preferred|seemed|appeared|enjoyed|worked|used|concerned|interested|pleased|surprised|disappointed|worried|tried|called|focused|focussed|struggled|expected|remembered|realized|realised|remained|waited|answered|responded|replied|celebrated|honored|honoured|signed\s+in|logged|moved\s+on`;
/**
 * English councils' own forms, read as one pattern (each kept apart below for its comment): sentences that do not
 * decide are many, and one scan of them costs less than one scan per form.
 */
const COUNCIL_FORM_PATTERNS: RegExp[] = [
  // "The minutes of the meeting held on 3 May were signed as a true record", "… confirmed and signed by the Chairman".
  /\b(?:was|were)\s+(?:duly\s+)?(?:confirmed|signed|agreed|accepted|approved|adopted)\b(?:\s+\p{L}+){0,6}?\s+(?:as\s+an?\s+)?(?:true|correct|accurate|fair)\s+record\b|\b(?:was|were)\s+(?:duly\s+)?confirmed(?:\s+and\s+signed)?\b/iu,
  // ("Draft accepted as correct, adoption proposed by Janet, seconded by Rona", "Agreed as a true record.")
  /\b(?:accepted|approved|agreed|adopted|confirmed|signed)\s+as\s+(?:an?\s+)?(?:true|correct|accurate|fair)\b/iu,
  // "The report was received and noted", "It was determined that …", "It was unanimously decided".
  /\b(?:was|were)\s+received\s+and\s+(?:noted|accepted|adopted|approved)\b|^it\s+was\s+(?:\p{L}+ly\s+)?determined\s+(?:that|to)\b/iu,
  // "The consensus was to proceed with option B."
  /^(?:the\s+)?(?:general\s+)?consensus\s+(?:was|is)\s+(?:to|that)\b/iu,
  // "The application was refused.", "The motion failed.", "Motion fails."
  /\b(?:was|were)\s+(?:unanimously\s+)?(?:refused|rejected|declined|defeated|turned\s+down)\b|\b(?:motion|amendment|proposal|resolution)\s+(?:fails|failed|was\s+lost|lost)\b/iu,
  // A planning application answered: "No objection.", "Councillors raised no objection to the application."
  /^no\s+objections?\b(?![^.]*\?)|\b(?:raised|raise|had|has|have)\s+no\s+objections?\s+(?:to|on)\b/iu,
  // A vote recorded on its own: "All in favour.", "Unanimous.", "The vote was 4 in favour, 1 against."
  /^(?:all|unanimously)\s+in\s+favou?r\b|^unanimous(?:ly)?\s*[.!]?$|\b\d+\s+in\s+favou?r\b/iu,
  // The resolution as Australian and British councils write it: "That the minutes of the previous meeting be
  // confirmed.", "Resolution: That Council endorse the plan." (not "Recommendation: That …", a proposal).
  /^(?:resolution\s*:?\s*|resolved\s*:?\s*)?that\s+(?!(?:is|was|will|would|has|had|it|would|could|should|may|might)\b)(?:[^.;]{1,200}?\s)?(?<!\bto\s)(?:be|is|are)\s+(?:\p{L}+ly\s+)?(?:confirmed|received|approved|adopted|noted|accepted|endorsed|ratified|authori[sz]ed|granted|declined|refused|deferred|supported|appointed|elected|co-opted)\b|^resolution\s*:?\s*that\b/iu,
  // ("That Council endorse the plan.": the body, and its verb in the subjunctive.)
  new RegExp(String.raw`^(?:resolution\s*:?\s*)?that\s+(?:the\s+)?${ENGLISH_BODY}\s+(?:endorse|approve|adopt|accept|note|receive|support|grant|authori[sz]e|appoint|agree|resolve|defer|decline|refuse|allocate|award)\b`, "iu"),
  // A vote by voice or count: "… all aye.", "Ayes: 5, Nays: 0".
  /\ball\s+ayes?\b|\bayes?\s*[:=]?\s*\d+\s*[,;]?\s*(?:nays?|noes)\b/iu,
  // "Mr Smith was co-opted onto the Council."
  /\b(?:was|were)\s+(?:unanimously\s+|duly\s+)?co-?opted\b/iu,
  // Agreement however it is worded: "Everyone agreed.", "Everyone was in favour", "No one objected.", "No one was
  // against.", "There was general agreement to …", "Members were in agreement that …", "The decision was to …",
  // "Approval was given for …", "Permission was granted …", "The committee gave approval for …", "The proposal was
  // supported by all members.", "proposed by John and seconded by Mary".
  /^(?:everyone|everybody|all\s+present|all\s+members)\s+(?:agreed|(?:was|were)\s+in\s+favou?r)\b|^no\s*(?:one|body)\s+(?:objected|(?:was|were)\s+against)\b|\b(?:general|unanimous|full)\s+agreement\s+(?:to|that|on|for)\b|\b(?:was|were)\s+in\s+(?:full\s+)?agreement\s+(?:to|that|with)\b|^(?:the\s+)?decision\s+was\s+(?:to|that)\b|\b(?:approval|permission|consent|agreement)\s+(?:was|were)\s+(?:given|granted)\b|\bgave\s+(?:its\s+|their\s+)?(?:approval|permission|consent)\b|\bsupported\s+by\s+(?:all|the\s+(?:board|council|committee|meeting))\b|\b(?:agreement|(?:lazy\s+)?consensus)\s+(?:was\s+)?reached\b|\b(?:was|were)\s+taken\s+as\s+read\b|(?<!\((?:as\s+)?)\bproposed\b[^.()]{0,80}?\bseconded\b/iu,
  // A motion moved and seconded, its vote not written apart: "Motion by Commissioner Langford, seconded by Commissioner
  // Bush, to accept the agenda.", "Moved(Montague) and seconded(Nourse) To approve …", "Al makes a motion …, Jill seconded".
  // ("Kim motioned to approve the minutes, Lee seconded".)
  /\b(?:moved|motion|motioned|move)\b[^.]{0,200}?\bsecond(?:ed)?\b|\bsecond(?:ed)?\b[^.]{0,60}?\bmoved\b/iu,
  // The motion alone, as the record of what was decided: "Moved by Tom to accept the report.", "Moved that the report be
  // accepted.", "Motioned to approve the minutes."
  /^(?:moved|motioned)\s+(?:by\s+[^,.;]{1,60}?\s*,?\s+)?(?:to\s+(?!the\b|a\b|an\b|item\b|next\b|agenda\b|other\b)|that\s+)\p{Ll}/iu,
  // "… all agreed.", "approve minutes - UNAN", "the minutes … stand approved", "It was the sense of the Board to …".
  new RegExp(String.raw`\ball\s+agreed\b|\bunan(?:imous)?\b\s*[.!]?$|\bstands?\s+approved\b|\bsense\s+of\s+the\s+${ENGLISH_BODY}\s+(?:to|that|was)\b`, "iu"),
  // A body and a verb in the past that does something ("The Council adjusted the School Budget …", "The Board hired
  // …"), not one that only talks or hears ("The Board discussed …", "The Committee received a report …").
  // ("After discussion the board endorsed the plan", "Following a vote, the Council adopted …": a discussion first.)
  new RegExp(String.raw`^(?:(?:after|following)\s+(?:\p{L}+\s+){0,3}?(?:discussion|debate|deliberation|consideration|vote)\s*,?\s+)?(?:the\s+)?${ENGLISH_BODY}\s+(?:(?:then|also|further|formally|unanimously)\s+)?(?!(?:${TALKING_VERBS})\b)\p{L}{3,}ed\b`, "iu"),
  // A verdict that opens with its verb and says how: "Approved as presented.", "Accepted as read.", "Approved via email.",
  // "Carried unanimously", "Accepted by consent".
  /^(?:approved|accepted|adopted|agreed|carried)\s+(?:as|without|with\s+(?:no|one|two|minor)|subject\s+to|via|by\s+(?:e-?mail|consent|acclamation|all)|unanimously|by\s+a\s+vote)\b/iu,
];
const COUNCIL_FORMS_RE = new RegExp(COUNCIL_FORM_PATTERNS.map((re) => `(?:${re.source})`).join("|"), "iu");
/** A word every one of those forms holds (or a body or "That" first): most sentences have none and are passed by at once. */
const COUNCIL_FORM_WORD = new RegExp(
  String.raw`\b(?:confirmed|signed|agreed|accepted|approved|adopted|received|determined|consensus|refused|rejected|declined|defeated|turned|motion|objections?|objected|favou?r|unan\w*|ayes?|co-?opted|everyone|everybody|agreement|decision|approval|permission|consent|gave|supported|proposed|moved?|motioned|second(?:ed)?|stands?|sense|amendment|lost|taken|reached|against)\b|^(?:resolution|resolved|that|after|following)\b|^(?:the\s+)?${ENGLISH_BODY}\b`,
  "i",
);
const COUNCIL_FORMS = { test: (text: string) => COUNCIL_FORM_WORD.test(text) && COUNCIL_FORMS_RE.test(text) };

/**
 * English minutes: "RESOLVED, that …", "The board agreed to …", "The minutes
 * were approved …", "Motion approved unanimously", "Approved, 9-1-3",
 * "It was agreed that …", "The resolution passed 6-0-0".
 */
const ENGLISH: Array<{ test(text: string): boolean }> = [
  /^RESOLVED\b/u,
  /^Resolved[,:]\s/u,
  new RegExp(String.raw`^(?:it was|(?:the\s+)?${ENGLISH_BODY}|we)\s+(?:\w+\s+){0,2}?(?:${ENGLISH_VERBS})\b`, "iu"),
  // ("The minute of the previous meeting was read and approved.")
  // ("… was read and approved", "was nominated and elected the chair", "were considered ratified")
  // ("Expenditure of £300 was authorised", "Option B was chosen", "The fee was set at £5", "The accounts were signed off".)
  /\b(?:was|were|is|are|has been|have been)\s+(?:\p{L}+\s+and\s+|considered\s+)?(?:unanimously\s+|duly\s+)?(?:approved|adopted|elected|accepted|appointed|designated|ratified|agreed|re-?elected|passed|deferred|postponed|carried|authori[sz]ed|endorsed|chosen|selected|granted|upheld|signed\s+off|(?:set|fixed)\s+(?:at|for)\b)\b/iu,
  // "Permission granted.", "Approval given."; "The fee remains unchanged", "Subscriptions will stay at £20".
  /^(?:(?:planning\s+)?permission|approval|consent)\s+(?:was\s+|is\s+)?(?:granted|given)\b|\b(?:fees?|subscriptions?|prices?|rents?|charges?|rates?|dues|budget)\b[^.]{0,40}?\b(?:remains?|will\s+remain|to\s+remain|would\s+remain|stays?|will\s+stay|to\s+stay)\s+(?:unchanged|the\s+same|at\b)/iu,
  // "To get that into progress we decided at our meeting to …", "For the next meeting we agreed that …".
  /\bwe\s+(?:unanimously\s+|all\s+)?(?:decided|agreed|resolved)\b/iu,
  // "The group agreed to keep …", "OSC voted to enact …": any short subject and a verb of deciding, then what.
  // ("The SC agreed on the communications strategy": on what.)
  /^(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s+(?:unanimously\s+)?(?:agreed|voted|resolved|decided)\s+(?:to|that|unanimously|in\s+favou?r|(?:up)?on)\b/iu,
  // "The SC approves the current version …", "The board agrees to …": the present, as some minutes write them.
  /^(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s+(?:unanimously\s+)?(?:approves|agrees|decides|resolves|adopts|accepts|endorses)\s+(?:to|that|the|this|these|of|on|a|an)\b/iu,
  // "A decision was made to not hold a committee meeting in December."
  /\b(?:a\s+)?decision\s+was\s+(?:made|taken|reached)\s+(?:to|that|on|not)\b/iu,
  // "We'll go with option B.", "Going with option B.", "Agreement to release next week.", "The vote passed.": the choice
  // made, said plainly (and "Everyone was in favour", "No one was against" with the council's forms).
  /^(?:we(?:['’]ll|\s+will)\s+go\s+with|going\s+with)\s+\S|^agreement\s+(?:to|that|on)\b|^(?:the\s+)?vote\s+(?:passed|carried|was\s+(?:passed|carried))\b/iu,
  // "Deferred until we have more directors present.", "Postponed to the next meeting."
  /^(?:deferred|postponed|tabled)\b(?:\s+(?:until|to|till)\b|[.!]?\s*$)/iu,
  // "Approval deferred to the next meeting."
  /^(?:approval|decision|the\s+item|the\s+matter)\s+(?:was\s+)?(?:deferred|postponed|tabled)\b/iu,
  /^(?:(?:the\s+)?previous\s+meeting'?[’']?s\s+|(?:the\s+)?(?:last|previous)\s+)?(?:the\s+)?(?:motions?|resolution|minutes|proposal|budget|agenda|accounts|report|ordinance|by-?law|amendment|policy|recommendation)\b(?:\s+[\w,.-]+){0,6}?\s+(?:approved|passed|passes|carried|adopted|accepted)\b/iu,
  /^(?:approved|adopted|carried|passed|accepted|rejected)\b[,.:]?(?:\s+(?:unanimously|by|with|on|\d)|\s*$)/iu,
  // "The proposals were put to the vote and carried unanimously", "Motion carried with the following roll call vote".
  /\b(?:put to the vote|motion)\b.*\b(?:carried|passed|approved|failed|defeated)\b/iu,
  // The vote that closes a proposal, wherever it stands: "… and the meeting unanimously agreed",
  // "Members RESOLVED to accept …" (capital RESOLVED is how English councils mark a resolution).
  new RegExp(String.raw`\b(?:the\s+${ENGLISH_BODY}|all present|all members)\s+(?:unanimously\s+)?(?:agreed|approved|resolved)\b`, "iu"),
  /\bunanimously\s+(?:agreed|approved|carried|passed|resolved|adopted|elected)\b/iu,
  // "Consensus to adopt the draft", "General consensus that …", "By consensus, the group …".
  /^(?:(?:general|broad|rough)\s+)?consensus\s+(?:was\s+reached\s+)?(?:to|that|on|for)\b|^by\s+consensus\b/iu,
  // "President: Jim Jagielski (elected; unanimous)", "Motion carries unanimously", "Seconded by … AND AGREED".
  /\((?:re-?)?elected\b/iu,
  /\bmotion\s+(?:carries|passes)\b/iu,
  /\bseconded\b.*\band\s+agreed\b/iu,
  /\bRESOLVED\b/u,
  // English councils' own forms (fourteenth round), one pattern: see COUNCIL_FORMS.
  COUNCIL_FORMS,
];
/** A vote that closes a motion made in the sentences before it. */
export const VOTE_ONLY = /^(?:approved\b|carried by\b|passed\b|carried\b|accepted\s+unanimously\b|agreed\s+by\s+all\b|motion (?:passes|passed|carried|approved)\b|the resolution passed\b|minutes approved\b)/iu;
/** The motion itself: "Guido moved to approve …", "Ms. Sharma seconded." */
export const MOTION_PART = /\b(?:moved|seconded|second(?:ed)? by|motion to|motion made|proposed)\b|^RESOLVED\b/iu;
/** An "att …" clause of a decision list ("att godkänna budgeten"). */
export const ATT_CLAUSE = /^(?:\d+[.)]\s*|[a-h][.)]\s*|•\s*)?att\s+\p{L}/iu;
/**
 * Action phrases that minutes write without a decision verb: "Daniel återkommer
 * till nästa möte med …", "Ljungby kommun får i uppdrag att …". Outside a
 * labelled background they are this meeting's decision; inside one ("Projektenheten
 * … återkommer i frågan") they are part of the story.
 */
const ACTION = /(?:\b(?:får|fick|fått|ges|gavs|tilldelas|tilldelades)\s+(?:också\s+|även\s+)?(?:i\s+(?:uppdrag|uppgift)|mandat|uppdraget|uppgiften)\s+att|\b(?:har|hade)\s+(?:också\s+|även\s+)?i\s+uppdrag\s+att|\b(?:ska|skall)\s+återkomma|(?<!\p{L})återkommer\s+(?:till|med)(?!\p{L}))/iu;
/** Words that mark a past decision as history even without a date. */
// ("Tidigare utsänd dagordning godkändes": "tidigare" before a participle says when it was sent, not decided.)
const HISTORY_WORDS =
  /(?<!\p{L})(?:tidigare(?!\s+(?:utsänd|utskickad|utdelad|distribuerad|översänd|föreslagen|framlagd)\p{L}*)|förra\s+mötet|i\s+våras|i\s+fjol|förra\s+året|föregående\s+möte|vid\s+sitt\s+sammanträde|previously|last\s+(?:month|year|meeting)|earlier)(?!\p{L})/iu;
/** "i mars": when it was decided, unless what was decided is still to come ("att rapporten ska publiceras i september"). */
const HISTORY_MONTH = /(?<!\p{L})i\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?!\p{L})/iu;
const TO_COME = /(?<!\p{L})(?:ska|skall|kommer\s+att|planeras|senast)(?!\p{L})/iu;
/** The minutes of the meeting before, named as what is approved: "the minutes of the last meeting", "föregående mötes protokoll". */
const EARLIER_MINUTES =
  /(?<!\p{L})(?:(?:the\s+)?(?:minutes|notes|record)\s+(?:of|from)\s+(?:the\s+)?(?:last|previous|prior|earlier)\s+(?:\p{L}+\s+)?meeting|(?:protokoll(?:et)?|anteckningar(?:na)?|minnesanteckningar(?:na)?)\s+(?:från|av|vid)\s+(?:det\s+)?(?:föregående|förra|tidigare)\s+(?:\p{L}+)?möte(?:t)?|(?:föregående|förra|tidigare)\s+(?:\p{L}+)?mötes\s+(?:protokoll|anteckningar))(?!\p{L})/giu;
// (What is approved may be the minutes of the last meeting: that names the minutes, it does not date the decision.)
const isHistory = (raw: string) => {
  const text = raw.replace(EARLIER_MINUTES, "");
  return HISTORY_WORDS.test(text) || (HISTORY_MONTH.test(text) && !TO_COME.test(text));
};

export type DecisionContext = {
  /** The line sits inside a labelled background ("Bakgrund: …"): only present tense counts there. */
  inBackground: boolean;
  /** Per-capsulam items report decisions taken earlier, with their date: past + date counts. */
  perCapsulam: boolean;
};

/** "föreslår att", "yrkar att", "proposes that": what follows is proposed, not decided (but "Kommunstyrelsen föreslår att
 * kommunfullmäktige beslutar …" is the board's own decision, its proposal to the council). */
const PROPOSED_THAT = /(?<!\p{L})(?:föreslår|föreslog|föreslås|föreslagit|yrkar|yrkade|rekommenderar|proposes|proposed|recommends|recommended)\s+(?:\p{L}+\s+){0,3}?(?:att|that)(?!\p{L})(?!\s+(?:kommun|region|landstings)?fullmäktige)/iu;

/** "Inget nytt datum bestämdes", "Inga beslut fattades": the sentence says that nothing was decided. */
const NOTHING_DECIDED = /^(?:inget|ingen|inga)\s+(?:[\p{L}-]+\s+){0,4}?(?:bestämdes|beslutades|beslöts|fattades|togs|bestäms|beslutas|fattas)(?!\p{L})/iu;

/** An English decision still to come: "to be approved", "will be decided", "should be adopted". */
const FUTURE_PASSIVE = /\b(?:to|will|shall|should|must|would|can|may)\s+be\s+(?:\w+\s+)?(?:approved|adopted|agreed|decided|accepted|elected|passed|carried|ratified)\b/giu;

/**
 * The sentence as the verb patterns read it: no bullet or footnote mark first, and no party's letters after a name
 * ("Marianne Hamp (M), med Emelie Jaxell (M) som ersättare, utses att justera …": they are no words of the subject).
 */
const asSentence = (raw: string) => raw.replace(/^(?:•\s*|\[\d+\]\s*)/u, "").replace(/\s\([A-ZÅÄÖ]{1,3}\)(?=[\s,])/gu, "");

/** The present tense from a verb pattern (a body's verb, a passive, the verb first …), not from a phrase found anywhere. */
const presentByVerb = (text: string) =>
  PRESENT_RE.test(text) || PASSIVE_RE.test(text) || IMPERSONAL.test(text) || SUBJECTLESS_PAST.test(text) || FILED.test(text) || VERB_FIRST.test(text);

/** The tense a decision sentence is written in, or null when the text states no decision. */
export function decisionTense(raw: string): "present" | "past" | null {
  const text = asSentence(raw);
  if (NOTHING_DECIDED.test(text)) return null;
  // "Förvaltningen föreslår att motionen bifalls": the verb stands in what is proposed.
  const proposed = PROPOSED_THAT.exec(text);
  if (proposed) {
    const verb = [PRESENT_RE, PASSIVE_RE, PAST_RE].map((re) => re.exec(text)).find((m) => m !== null);
    if (verb && verb.index + verb[0].length > proposed.index + proposed[0].length) return null;
  }
  if (presentByVerb(text) || ANYWHERE.test(text) || dulyCalled(text)) return "present";
  if (PAST_RE.test(text)) return "past";
  // "Minutes to be approved via email", "will be decided at the next meeting": not decided yet.
  const decidedText = text.replace(FUTURE_PASSIVE, "");
  if (ENGLISH.some((re) => re.test(decidedText))) return "past";
  return null;
}

/** True when the text is phrased as a decision ("… ger X i uppdrag att …", "… beslutar att …"). */
export function isDecisionPhrase(text: string): boolean {
  return decisionTense(text) !== null;
}

/**
 * Does this line start this meeting's decision?
 * - present tense: always;
 * - an action phrase ("X får i uppdrag att …", "X återkommer till …"): outside a background;
 * - past tense ("Styrgruppen beslutade att …"): outside a background, and only
 *   when no date follows the verb and no history word stands in it ("… 2025-04-29 att …"),
 *   unless the item is a per-capsulam decision, which by nature is dated.
 */
/** An "att"-clause standing alone in an item is a decision (Swedish "att-satser"): "att välja Anna Berg till justerare". */
// ("att med godkännande lägga …", "att med ett godkännande lägga …": one or two words after "med").
const ATT_DECISION = new RegExp(`^att\\s+(?:med\\s+(?:\\p{L}+\\s+){1,2}?)?(?:${INFINITIVES})\\b`, "iu");

/**
 * A counted vote: "with 5 votes in favour", "5 votes for", "carried 6-0-1", "carried unanimously".
 * It records a decision however it is dated: a circular (per capsulam) resolution is reported
 * with the day it was accepted, and that day is no sign of history.
 */
const VOTE_COUNT =
  /\b(?:with\s+\d+\s+votes?|\d+\s+votes?\s+(?:in\s+favou?r|for)|\d+\s*(?:-|–)\s*\d+(?:\s*(?:-|–)\s*\d+)?\s*(?:vote|in favou?r)|carried\s+unanimously|unanimously\s+carried|med\s+\d+\s+röster|enhälligt)\b/iu;

/** How far after a past-tense verb (in characters) a date still dates that verb. */
const HISTORY_REACH = 80;

export function startsDecision(text: string, context: DecisionContext): boolean {
  if (!context.inBackground && ATT_DECISION.test(text)) return true;
  const tense = decisionTense(text);
  // (In a labelled background only a body's own verb in the present decides: a phrase the lexicon finds anywhere,
  // "På grund av det ekonomiska läget skjuts flytten upp", tells the story there.)
  if (tense === "present") return !context.inBackground || presentByVerb(asSentence(text));
  if (!context.inBackground && tense === null && ACTION.test(text)) return true;
  if (tense !== "past" || context.inBackground) return false;
  if (context.perCapsulam || VOTE_COUNT.test(text)) return true;
  // English minutes are written in the past throughout: a date after "agreed" is what was agreed
  // ("It was agreed that the hall be marketed after 1 September"); only a history word dates it.
  const swedish = PAST_RE.test(text);
  const verbAt = (swedish ? PAST_VERB_RE.exec(text)?.index : undefined) ?? /\b(?:approved|adopted|passed|agreed|elected)\b/iu.exec(text)?.index ?? 0;
  // (A history word dates the verb in its own clause; in the clause of what was decided it is part of the matter:
  // "Styrelsen beslutade att arbeta vidare med de ungdomar vi fått in tidigare år".)
  const clause = /\s(?:att|that)\s/iu.exec(text.slice(verbAt));
  const mainEnd = clause ? verbAt + clause.index : text.length;
  const history = isHistory(text.slice(0, mainEnd));
  if (!swedish) return !history;
  // "Styrgrupp ASK uppdrog … 2025-04-29 att …": a date after the verb dates the decision, so it is history.
  // (A date before it belongs to the subject: "Anteckningarna från den 10 september lades …".)
  // The date dates the verb only close after it (a few words): "… justeras den 30 augusti" at the end of
  // a long run-on sentence dates something else.
  // (So does a date: "… beslutade den 3 mars att …" is history, "… beslutade att taxan gäller från den 1 juli" is not.)
  // (Days listed after the verb and a colon or comma are what was decided: "Mötesdatum för hösten fastställdes: 12
  // september, 10 oktober …", "Två datum fastslogs, 9 maj och 23 oktober".)
  const verbEnd = verbAt + (PAST_VERB_RE.exec(text.slice(verbAt))?.[0].length ?? 0);
  const listed = /^\s*[:,]/u.test(text.slice(verbEnd));
  return (listed || !findDates(text).some((date) => date.start > verbAt && date.start < mainEnd && date.start - verbAt <= HISTORY_REACH)) && !history;
}

/** Outcome words (lexicon.ts), earliest in the text wins: "att godkänna … samt lägga till handlingarna" is approved. */
const OUTCOMES = OUTCOME_PATTERNS;

/** What a decision did, from the earliest outcome word in it; "decided" when it names none. */
export function decisionOutcome(decision: string | null): DecisionOutcome | null {
  if (decision === null) return null;
  let best: { at: number; outcome: DecisionOutcome } | null = null;
  for (const [re, outcome] of OUTCOMES) {
    const m = re.exec(decision);
    if (m && (best === null || m.index < best.at)) best = { at: m.index, outcome };
  }
  // "Beslutar inte att adjungera", "godkände ej": a rejection only when the verb is negated.
  return best?.outcome ?? "decided";
}
