// The lexicon of deciding: one table of Swedish decision verbs in all their inflections,
// the outcome each records, and the bodies that take them. decisions.ts builds its
// sentence patterns from it, items.ts its "Direktionen beslutar:" label, and the outcome
// of a decision comes from the same rows — one place to add a verb or an inflection.
import type { DecisionOutcome } from "./types";

export type VerbForms = {
  outcome: DecisionOutcome;
  /** "beslutar" */
  present: string[];
  /** "beslutade", "beslöt" */
  past: string[];
  /** "beslutas" (this meeting's decision, written impersonally) */
  passive: string[];
  /** "beslutades", "beslöts" (read like the past: history when a date follows) */
  pastPassive: string[];
  /** "beslutat", "beslutit" (after har/hade) */
  supine: string[];
  /** "besluta" (in an att-clause: "att godkänna budgeten") */
  infinitive: string[];
};

const v = (
  outcome: DecisionOutcome,
  present: string,
  past: string,
  passive: string,
  pastPassive: string,
  supine: string,
  infinitive: string,
): VerbForms => {
  const list = (s: string) => s.split("|").filter((x) => x !== "");
  return {
    outcome,
    present: list(present),
    past: list(past),
    passive: list(passive),
    pastPassive: list(pastPassive),
    supine: list(supine),
    infinitive: list(infinitive),
  };
};

/** Decision verbs: outcome, present, past, passive, past passive, supine, infinitive. */
export const DECISION_VERBS: Record<string, VerbForms> = {
  besluta: v("decided", "beslutar", "beslutade|beslöt", "beslutas", "beslutades|beslöts", "beslutat|beslutit", ""),
  godkänna: v("approved", "godkänner", "godkände", "godkänns|godkännes", "godkändes", "godkänt", "godkänna"),
  fastställa: v("approved", "fastställer", "fastställde", "fastställs|fastställes", "fastställdes", "fastställt", "fastställa"),
  fastslå: v("approved", "fastslår", "fastslog", "fastslås", "fastslogs", "fastslagit", "fastslå"),
  anta: v("approved", "antar", "antog", "antas", "antogs", "antagit", "anta"),
  tillstyrka: v("approved", "tillstyrker", "tillstyrkte", "tillstyrks", "tillstyrktes", "tillstyrkt", ""),
  avstyrka: v("rejected", "avstyrker", "avstyrkte", "avstyrks", "avstyrktes", "avstyrkt", ""),
  avslå: v("rejected", "avslår", "avslog", "avslås", "avslogs", "avslagit", "avslå"),
  bordlägga: v("tabled", "bordlägger", "bordlade", "bordläggs", "bordlades", "bordlagt", "bordlägga"),
  återremittera: v("referred_back", "återremitterar", "återremitterade", "återremitteras", "återremitterades", "återremitterat", "återremittera"),
  bevilja: v("approved", "beviljar", "beviljade", "beviljas", "beviljades", "beviljat", "bevilja"),
  utse: v("elected", "utser", "utsåg", "utses", "utsågs", "utsett", "utse"),
  // "Det ålades sekreteraren att …", "Nämnden ålägger förvaltningen att …": a duty laid on someone is decided.
  ålägga: v("decided", "ålägger", "ålade", "åläggs", "ålades", "ålagt", "ålägga"),
  // "Styrelsen bemyndigar ordföranden att underteckna avtalet": an authority given is decided.
  bemyndiga: v("decided", "bemyndigar", "bemyndigade", "bemyndigas", "bemyndigades", "bemyndigat", "bemyndiga"),
  // "nyväljs", "omvaldes", "återväljs": elections name a new or a renewed term in one word.
  // ("Årsmötet omvalde Anna Berg som ordförande.")
  välja: v("elected", "väljer|omväljer|nyväljer|återväljer", "valde|omvalde|nyvalde|återvalde", "väljs|nyväljs|omväljs|återväljs|väljes", "valdes|nyvaldes|omvaldes|återvaldes", "valt|omvalt|nyvalt|återvalt", "välja"),
  notera: v("noted", "noterar", "noterade", "noteras", "noterades", "noterat", "notera"),
  adjungera: v("decided", "adjungerar", "", "adjungeras", "adjungerades", "", "adjungera"),
  delegera: v("decided", "delegerar", "delegerade", "delegeras", "", "delegerat", "delegera"),
  bifalla: v("approved", "bifaller", "biföll", "bifalls", "bifölls", "bifallit", "bifalla"),
  medge: v("approved", "medger", "", "", "", "", ""),
  tillsätta: v("decided", "tillsätter", "tillsatte", "tillsätts", "tillsattes", "", ""),
  avsätta: v("decided", "avsätter", "avsatte", "avsätts", "avsattes", "", ""),
  godta: v("approved", "godtar", "godtog", "godtas", "godtogs", "", ""),
  acceptera: v("approved", "accepterar", "accepterade", "accepteras", "accepterades", "", ""),
  överlämna: v("decided", "överlämnar", "överlämnade", "överlämnas", "", "", ""),
  anteckna: v("noted", "antecknar", "", "antecknas", "antecknades", "", ""),
  // "Kommunstyrelsen har tagit del av informationen", "Direktionen tar del av rapporten": the body has noted it.
  taDelAv: v("noted", String.raw`tar\s+del\s+av`, String.raw`tog\s+del\s+av`, "", "", String.raw`tagit\s+del\s+av`, ""),
  bekräfta: v("approved", "", "", "", "", "", "bekräfta"),
  // "Styrgruppen instämmer i slutsatserna", "Mötet enades om att …": the meeting concurs.
  instämma: v("approved", "instämmer", "instämde", "", "", "instämt", ""),
  enas: v("decided", "enas", "enades", "", "", "enats", ""),
  // "Det överenskoms att kansliet skickar ut enkäten": agreed, in a protocol's passive.
  överenskomma: v("approved", "", "", "överenskoms|överenskommes", "", "överenskommit", ""),
  // "Ett urtima medlemsmöte utlyses när anbudet kommit."
  utlysa: v("decided", "utlyser", "utlyste", "utlyses|utlyss", "utlystes", "", ""),
  // "Motionen remitteras till kommunstyrelsen": sent to a body to prepare (mandates.ts names who).
  remittera: v("decided", "remitterar", "remitterade", "remitteras", "remitterades", "", "remittera"),
  // "Punkt 4 stryks ur förslaget", "Meningen ströks": a change made to what is decided ("stryks under" only stresses).
  stryka: v("decided", String.raw`stryker(?!\s+under)`, String.raw`strök(?!\s+under)`, String.raw`stryks(?!\s+under)`, String.raw`ströks(?!\s+under)`, "", ""),
  // "Årsavgiften bestämdes till 100 kronor", "Preliminärt bestämmer vi att …".
  bestämma: v("decided", "bestämmer", "bestämde", "bestäms", "bestämdes", "", "bestämma"),
};

/**
 * The meeting duly called, whoever says so: "Mötet ansågs behörigt utlyst", "Sammanträdet har blivit i laga ordning
 * kungjort", "Konstaterades att mötet var lagenligt sammankallat". decisions.ts reads it only outside a question: the
 * agenda's "Fråga om mötet blivit behörigen utlyst" asks it.
 */
export const DULY_CALLED = String.raw`(?:lagenligt|lagligen|stadgeenligt|behörig(?:en|t)|i\s+(?:laga|behörig)\s+ordning)\s+(?:\p{L}+\s+){0,2}?(?:utlyst|utlysts|sammankallat|sammankallad|kallat|kallad|kungjort|kungjord)|(?:utlyst|sammankallat|sammankallad|kallat|kungjort|kungjord)\s+i\s+(?:laga|behörig)\s+ordning`;

/** Phrases that decide in more than one word; each with its tense. */
export const DECISION_PHRASES = {
  present: [
    String.raw`tackar\s+(?:\p{L}+\s+){0,3}?för`,
    String.raw`ställer\s+sig\s+bakom`,
    String.raw`uppdrar\s+(?:åt|till)`,
    // "Styrelsen uppdrar Foxears att …", "Nämnden uppdrar förvaltningen att …" (no "åt").
    String.raw`uppdrar\s+(?:\p{L}[\p{L}-]*\s+){1,4}?att(?!\p{L})`,
    String.raw`ger\b.*\buppdrag`,
    // "Styrelsen ger ordföranden mandat att förhandla …".
    String.raw`ger\s+(?:\p{L}+\s+){1,3}?mandat\s+att`,
    String.raw`lämnar\s+(?:\p{L}+\s+)?uppdrag`,
    String.raw`lägger\b.*\btill\s+handlingarna`,
    String.raw`föreslår\s+(?:\p{L}+\s+)?(?:kommun|region)?fullmäktige`,
  ],
  past: [
    String.raw`ställde\s+sig\s+bakom`,
    String.raw`tackade\s+(?:\p{L}+\s+){0,3}?för`,
    // ("Kommunfullmäktige uppdrog dessutom till samtliga nämnder …".)
    String.raw`uppdrog\s+(?:\p{Ll}+\s+)?(?:åt|till)`,
    String.raw`uppdrog\s+(?:\p{L}[\p{L}-]*\s+){1,4}?att(?!\p{L})`,
    String.raw`gav\b.*\buppdrag`,
    String.raw`lämnade\s+(?:\p{L}+\s+)?uppdrag`,
    String.raw`lade\b.*\btill\s+handlingarna`,
  ],
  passive: [
    String.raw`uppdras\s+(?:åt|till)`,
    // "Förbundschefen uppdras att ta fram …": the one tasked is the subject.
    String.raw`uppdras\s+att(?!\p{L})`,
    String.raw`(?:läggs|lades|lägges)\b.*\btill\s+handlingarna`,
  ],
  /** Past-tense words that only locate the verb (to see whether a date follows it). */
  pastMarkers: ["gav", "lade", "tackade", "uppdrog", "lämnade"],
} as const;

const all = (pick: (f: VerbForms) => string[]) => Object.values(DECISION_VERBS).flatMap(pick);
const alt = (words: string[]) => words.join("|");

/**
 * "Arbetsutskottet föreslår direktionen besluta att …", "Presidiet föreslår styrelsen att anta …": a preparing body's
 * decision is its proposal to the body above it. A body names it: an office's or an officer's proposal is no decision,
 * and in the minutes of the body above, under its own "Beslut", it is the proposal (items.ts).
 */
export const PROPOSES_TO_BODY = String.raw`\p{L}*(?:utskottet|beredningen|presidiet|styrelsen|nämnden|direktionen|kommittén|gruppen)\s+(?:föreslår|rekommenderar)\s+(?:\p{L}+\s+)?\p{L}*(?:fullmäktige|direktionen|styrelsen|nämnden|stämman|årsmötet|kommittén|delegationen|gruppen)\s+(?:att\s+)?(?:besluta|${alt(all((f) => f.infinitive))})(?!\p{L})`;

/**
 * Decisions a meeting records wherever they stand in a sentence, with their outcome: the
 * yes to a question of form ("Frågan om ansvarsfrihet besvaras med ja"), the meeting declared
 * duly called ("förklarades årsmötet stadgeenligt utlyst", "Mötet förklarades behörigt utlyst").
 */
export const DECISION_ANYWHERE: Array<[DecisionOutcome, string]> = [
  ["approved", String.raw`besvara(?:s|des)\s+(?:med\s+(?:ett\s+)?(?:ja|jakande)|jakande)`],
  // ("Mötesdeltagarna ansåg mötet behörigt utlyst": the members found it so.)
  ["approved", String.raw`(?:ansåg|anser|fann|finner)\s+(?:\p{L}+\s+){0,3}?(?:behörig\p{L}*|stadgeenlig\p{L}*|i\s+laga\s+ordning)\s+(?:utlys\p{L}*|kalla\p{L}*|sammankalla\p{L}*)`],
  // "Victor Koronen och Gustaf Forsman gavs yttranderätt": a right granted.
  ["approved", String.raw`(?:ges|gavs|beviljas|beviljades)\s+(?:\p{L}+\s+){0,2}?(?:yttranderätt|närvarorätt|rösträtt|förslagsrätt)`],
  ["approved", String.raw`förklara(?:s|des|r|de)\s+(?:\p{L}+\s+){0,3}?(?:behörig\p{L}*|stadgeenlig\p{L}*|laglig\p{L}*|i\s+laga\s+ordning)\s+(?:utlys\p{L}*|kalla\p{L}*|sammankalla\p{L}*)`],
  // "Stämman förklarades vara utlyst i laga ordning".
  ["approved", String.raw`förklara(?:s|des)\s+vara\s+(?:\p{L}+\s+){0,2}?(?:utlys\p{L}*|kalla\p{L}*|sammankalla\p{L}*)`],
  ["approved", String.raw`(?:was|were)\s+granted\s+(?:approval|permission)`],
  // "The request was granted", "The committee gave the go-ahead for the event".
  ["approved", String.raw`(?:request|application|applications|requests)\s+(?:was|were)\s+granted|(?:gave|gives|give|given)\s+(?:the\s+|its\s+)?(?:go-ahead|green\s+light)`],
  // "Val av ordförande och sekreterare blev Ulf Henricson och Lars Karlsson.", "Protokoll justerare blev Stig Fagerbo".
  ["elected", String.raw`(?:val\s+av\s+[^.]{1,60}?|justerare|ordförande|sekreterare|kassör|revisor\p{L}*|ledamot|ledamöter|suppleant\p{L}*)\s+blev\s+\p{Lu}\p{L}+`],
  // "Uppdrag till kansliet att ta fram en plan.", "Uppdrages till Marianne S att boka …": a task given, the sentence
  // opening with it.
  ["decided", String.raw`^uppdrag(?:es|as)?\s+till\s+(?:\S+\s+){1,5}?att(?!\p{L})`],
  ["decided", PROPOSES_TO_BODY],
  // "Förslaget vann bifall", "Motionen fick bifall": approved.
  ["approved", String.raw`(?:vann|vinner|fick|får)\s+(?:\p{L}+\s+)?bifall`],
  // "Kommunstyrelsen fattade beslut om att: Godkänna rapporten …", "Nämnden tog beslut om …".
  ["decided", String.raw`(?:fattade|fattar|tog|tar)\s+(?:ett\s+|sitt\s+)?beslut\s+(?:om|att)`],
  // "Kommunstyrelsen klubbade igenom förslaget", "Budgeten klubbades": the gavel fell on it.
  ["approved", String.raw`klubba(?:r|de|s|des)\s+igenom|klubbades`],
  // "Förslagen skickades till samhällsbyggnadsnämnden för beredning": sent on to be prepared.
  ["decided", String.raw`(?:skickas|skickades|sänds|sändes)\s+(?:\p{L}+\s+){0,2}?till\s+\p{L}+\s+för\s+(?:beredning|yttrande|handläggning)`],
  // "Unanimous approval was given to the Agenda, the Minutes …".
  ["approved", String.raw`approval\s+(?:was|were)\s+given\s+to`],
  ["approved", String.raw`(?:and|were|was)\s+(?:formally|duly|unanimously)\s+(?:approved|adopted|carried|agreed|accepted)`],
  // "Nina Hedbom blev fyllnadsvald till ledamot", "Anna blev omvald": an election told with "blev".
  ["elected", String.raw`(?:blev|blir)\s+(?:om|ny|fyllnads|in|åter)?vald\p{L}*`],
  // "… and it was resolved that …", "it was agreed that …" in the middle of a sentence that wraps.
  ["decided", String.raw`it\s+was\s+(?:unanimously\s+|further\s+)?(?:resolved|agreed|decided)`],
  // "Approval of meeting minutes - approved and merged", "Budget: agreed": a bare verdict after a dash or colon.
  ["approved", String.raw`(?<=[-–:]\s{0,3})(?:approved|agreed|accepted|adopted|carried)`],
  ["approved", String.raw`unanimous\s+vote`],
  // "Styrelsen ställer in nästa styrelsesammanträde", "Mötet i maj ställdes in".
  ["decided", String.raw`(?:ställer|ställde|ställs|ställdes)\s+in\s+(?:\p{L}+\s+){0,2}?\p{L}*(?:möte|mötet|sammanträde|sammanträdet)(?!\p{L})|(?:möte|mötet|sammanträde|sammanträdet)\s+(?:\p{L}+\s+){0,3}?(?:ställs|ställdes)\s+in(?!\p{L})`],
  // "Utskottet justerade särskilt protokoll 2016/17:19": the minutes checked, by the body itself.
  ["approved", String.raw`(?:justerade|justerades)\s+(?:\p{L}+\s+){0,2}?protokoll`],
  // "Berit Bergset is asked to take over the work with the website": a task given.
  ["decided", String.raw`(?:is|are|was|were)\s+asked\s+to(?=\s+\p{Ll})`],
  // "Resolved (2009-04-23-02), the Board authorizes …": a resolution under its number.
  ["approved", String.raw`^resolved\s*\([^)]{1,30}\)\s*,?`],
  // "Antog en krisledningsplan för 2023–2027", "Fastställde årsmötet resultatet": the verb first, as a news page's
  // list or an inverted clause writes it; "Noterar informationen.": a body's decision without its name.
  ["decided", String.raw`^(?:${alt(all((f) => f.past))})(?=\s+(?!att\b|sig\b)\p{L})`],
  ["decided", String.raw`^(?:noterar|godkänner|fastställer|antecknar)(?=\s+\p{L})`],
  // "Förslaget röstades igenom", "Majoriteten röstade igenom …", "Motionen gick igenom", "Det blev ja till …": carried
  // ("Vi gick igenom budgeten" only went through it).
  ["approved", String.raw`röstade\s+igenom|röstades\s+igenom|(?:förslag|motion|yrkande|ansökan)\p{L}*\s+gick\s+igenom|^det\s+blev\s+(?:ett\s+)?ja\s+till`],
  ["rejected", String.raw`(?:förslag|motion|yrkande)\p{L}*\s+föll(?!\p{L})|^det\s+blev\s+(?:ett\s+)?nej\s+till`],
  // "Styrelsen ser positivt på förslaget", "Vi går vidare med förslag B", "Datum för årsmötet sattes till 15 mars",
  // "Frågan hänsköts till årsmötet" (not "Vi går vidare med nästa punkt": the meeting moving on).
  ["approved", String.raw`(?:ser|såg)(?<=(?:styrelsen|nämnden|mötet|stämman|gruppen|utskottet|fullmäktige|delegationen|kommittén)\s(?:ser|såg))\s+(?:mycket\s+)?positivt\s+på`],
  ["decided", String.raw`(?:går|gick)(?<=(?:vi|styrelsen|nämnden|mötet|gruppen|utskottet)\s(?:går|gick))\s+vidare\s+med\s+(?:förslag|alternativ|planen|projektet|idén|ansökan)\p{L}*|(?:sattes|sätts)\s+till(?!\p{L})|(?:hänsköts|hänskjuts)\s+till`],
  // "Paragrafen förklarades omedelbart justerad", "Beslutet justerades omedelbart": checked at once, by decision.
  ["approved", String.raw`omedelbart\s+justera\p{L}*|justera(?:des|s)\s+omedelbart`],
  // "Ärende 14, Förvaltningens information, utgår.", "Punkten utgår ur dagordningen": a matter struck from the agenda.
  ["decided", String.raw`(?:ärende|ärendet|punkt|punkten|paragraf|paragrafen)(?:\s+[^.]{0,100}?)?\s+utgår(?:\s+(?:ur|från)\s+(?:dagordningen|föredragningslistan|ärendelistan))?\s*[.;]?$`],
  // "Medlemsavgiften höjs till 300 kr", "Hyran ligger kvar på 500 kr": a fee changed or kept, by the meeting.
  ["approved", String.raw`(?:avgift|medlemsavgift|årsavgift|hyr|arvode|pris|budget)\p{L}*\s+(?:[^.]{0,40}?\s)?(?:höjs|höjdes|sänks|sänktes|behålls|behölls|kvarstår|ligger\s+kvar)(?!\p{L})`],
  // "Årsmötet gick på styrelsens förslag", "Mötet röstade för förslaget", "Vi kom fram till att vi avvaktar": the
  // meeting's own choice in plain words (a member who votes for something, or a report that finds, decides nothing).
  ["approved", String.raw`(?:gick|går)\s+på\s+(?:\p{L}+\s+)?förslag(?:et)?(?!\p{L})`],
  ["approved", String.raw`(?:röstade|röstar)(?<=(?:styrelsen|nämnden|mötet|stämman|gruppen|utskottet|fullmäktige)\s(?:röstade|röstar))\s+(?:för|ja\s+till)(?!\p{L})`],
  ["decided", String.raw`(?:kom|kommer)(?<=(?:vi|styrelsen|nämnden|mötet|stämman|gruppen|utskottet)\s(?:kom|kommer))\s+fram\s+till\s+att(?!\p{L})`],
  // "Styrgruppen ger sitt medgivande till …", "Styrelsen har inget att invända mot förslaget", "Styrgruppen gav
  // klartecken.", "Styrelsen säger ja.": consent in plain words.
  // ("Mötet gav sitt godkännande till planen", "Styrelsen ger sitt stöd till ansökan".)
  ["approved", String.raw`(?:ger|gav|lämnar|lämnade)\s+(?:sitt\s+)?medgivande\s+till|(?:ger|gav|har\s+gett|har\s+givit|lämnar|lämnade)\s+sitt\s+(?:godkännande|stöd|bifall)\s+(?:till|för)|(?:har|hade)(?<=(?:styrelsen|nämnden|mötet|stämman|gruppen|utskottet|fullmäktige|delegationen|kommittén|direktionen)\s(?:har|hade))\s+(?:inget\s+att\s+invända|ingen\s+invändning|inga\s+invändningar)\s+mot|(?:ger|gav|har\s+gett|har\s+givit)\s+(?:sitt\s+)?klartecken|(?:sa|sade|säger)(?<=(?:styrelsen|nämnden|mötet|stämman|gruppen|utskottet|fullmäktige)\s(?:sa|sade|säger))\s+ja\s*[.!]?$`],
  // "Beslut: Enligt förslag.", "I enlighet med arbetsutskottets förslag.": the proposal carried, said in brief.
  ["approved", String.raw`^(?:beslut\s+)?(?:enligt|i\s+enlighet\s+med)\s+(?:\p{L}+s\s+)?(?:förslag(?:et)?|beslutsförslag(?:et)?)\s*[.!]?$`],
  // "Informationen togs emot", "Rapporten mottogs": received, as noted.
  ["noted", String.raw`^(?:informationen|rapporten|redovisningen|lägesrapporten|återrapporteringen)\s+(?:togs\s+emot|tas\s+emot|mottogs|mottas)`],
  // "Frågan skjuts till nästa möte", "Punkten flyttas till kommande sammanträde": put off to a later meeting.
  ["tabled", String.raw`(?:skjuts|sköts|flyttas|flyttades|förs|fördes)\s+(?:över\s+)?till\s+(?:nästa|kommande|ett\s+senare|senare)\s+(?:\p{L}*möte|\p{L}*sammanträde)`],
  // "Beslutet blev att vi avvaktar", "Det blev beslut om att starta projektet": the decision named as what came of it.
  ["decided", String.raw`^(?:beslutet\s+blev|det\s+blev\s+(?:ett\s+)?beslut\s+om)\s+att(?!\p{L})`],
  // "Styrelsen lämnar ärendet utan åtgärd", "Skrivelsen lämnades utan vidare åtgärd": closed, nothing more to do.
  ["noted", String.raw`(?:lämnar|lämnade|lämnas|lämnades)\s+(?:\p{L}+\s+){0,2}?utan\s+(?:vidare\s+)?åtgärd`],
  // "Styrgruppen är positiv till att projektet fortsätter": the body, not a member, takes a stand for it.
  ["approved", String.raw`(?:är|var)(?<=(?:styrelsen|nämnden|mötet|stämman|gruppen|utskottet|fullmäktige|delegationen|kommittén|direktionen)\s(?:är|var))\s+(?:mycket\s+)?positiv[a]?\s+till`],
  // "Excaträning skjuts upp till hösten", "Frågan sköts upp", "Tas upp på nästa möte": put off.
  ["tabled", String.raw`(?:skjuts|sköts|skjutits|skjuter|sköt)\s+(?:\p{L}+\s+)?upp(?!\p{L})|tas\s+upp\s+(?:på|vid|till)\s+(?:nästa|följande|kommande)\s+(?:möte|sammanträde)`],
  // "Punkten ajourneras", "Frågan om … ajournerades": the matter put off (not "Sammanträdet ajourneras kl 10.00", a pause).
  ["tabled", String.raw`^(?:punkten|frågan|ärendet|beslutet)(?:\s+[^\s.]+){0,10}?\s+ajourner(?:as|ades|ats)(?!\p{L})`],
  // "Vi kom överens om att …", "Styrelsen var enig om att avvakta", "Styrelsen sa ja till förslaget", "Klartecken gavs
  // för renoveringen", "Ok från styrelsen att …", "Mötet ansåg motionen besvarad", "Beviljat.": agreed, in plain words.
  ["approved", String.raw`(?:kom|kommer|kommit)\s+överens\s+om|(?:var|är|blev)\s+(?:helt\s+)?(?:enig|enigt|eniga|överens)\s+om|(?:sa|sade|säger)(?<=(?:styrelsen|nämnden|mötet|stämman|gruppen|utskottet|fullmäktige)\s(?:sa|sade|säger))\s+ja\s+till|klartecken\s+(?:gavs|ges|har\s+getts|för|till)|^ok\s+från\s+\p{L}+\s+(?:att|till|för)|ansåg\s+(?:\p{L}+\s+){1,3}besvarad|^beviljat\.?$`],
  // (Found by the verb, the body looked for behind it: a pattern that opened with the body's letters tried every word.)
  ["rejected", String.raw`(?:sa|sade|säger)(?<=(?:styrelsen|nämnden|mötet|stämman|gruppen|utskottet|fullmäktige)\s(?:sa|sade|säger))\s+nej\s+till`],
  // A short verdict in a participle, as association minutes write it: "Dagordningen godkänd.", "Förslaget antaget.",
  // "Budgeten klubbad.", "Fastställande av dagordning är ok", "Bifall." (not "… ännu inte godkänt": no negation).
  ["approved", String.raw`^(?!.*(?<!\p{L})(?:inte|ej|icke)(?!\p{L}))(?:\S+\s+){0,5}?(?:är\s+|var\s+|blev\s+)?(?:godkänd|godkänt|godkända|antagen|antaget|antagna|fastställd|fastställt|fastställda|klubbad|klubbat|klubbade|beviljad|beviljat)\s*[.!]?$|(?:dagordning|protokoll|budget|förslag|bokslut|verksamhetsplan|årsredovisning)\p{L}*\s+(?:är|var|blev)\s+(?:ok|okej)|^bifall(?:es|s)?\s*[.!]?$|(?:blir|förblir)\s+oförändrad\p{L}*`],
  // "Omval av Anna Berg.", "Nyval av Per Ek som kassör.": an election named by its noun.
  ["elected", String.raw`^(?:omval|nyval|återval)\s+(?:av|på)\s+\p{L}+`],
  // "Bollnäs kommun ställer sig positiv till …": the body takes a stand for it.
  ["approved", String.raw`(?:ställer|ställde)\s+sig\s+positiv[a]?\s+till`],
  // "Olle Eriksson anmäldes som protokollförare": named to a post of the meeting.
  ["elected", String.raw`(?:anmäldes|anmäls)\s+som\s+(?:protokollförare|sekreterare|justerare|ordförande|mötesordförande|mötessekreterare|rösträknare)`],
  // "På fråga om mötet utlysts i laga ordning svarades ja": the meeting answered yes.
  ["approved", String.raw`(?:svarades\s+|svarade\s+(?:\p{L}+\s+){0,2}?)(?:ja|jakande)`],
  // "Community donations to be held over until January", "Matter to be listed at next meeting", "carried forward until
  // next meeting": put off to a later meeting.
  ["tabled", String.raw`(?:be|was|were|is|are)\s+held\s+over|(?:to\s+be|was|were)\s+(?:listed|placed|put|included)\s+(?:on|at|for)\s+(?:the\s+)?next\s+(?:meeting|agenda)|carried\s+forward\s+(?:until|to)\s+(?:the\s+)?next\s+meeting`],
  // "Hyran för Bystugan bibehålles oförändrad": left as it was, by decision.
  ["approved", String.raw`(?:bibehålls|bibehålles|bibehölls|lämnas|lämnades)\s+oförändrad\p{L}*`],
  // "Minutes were proposed … by JN, seconded by JR and passed unanimously": a motion carried.
  ["approved", String.raw`seconded\b[^.]{0,60}?\b(?:and\s+)?(?:passed|carried)(?!\p{L})`],
  // "Change accepted.", "Motion carried unanimously.", "Minutes approved.", "Minutes of last meeting agreed.": a short
  // verdict, its verb last.
  ["approved", String.raw`^(?!(?:he|she|they|we|i|it|you|who|all|everyone|everybody)\s)(?:(?!(?:was|were|is|are|has|have|had|been|be|not)\s)[\p{L}\d]+\s+){1,5}(?:accepted|approved|adopted|carried|agreed|ratified|confirmed|endorsed)(?:\s+(?:unanimously|by\s+all))?\s*[.!]?$`],
  // "Rosmari Johansson justerar protokollet": who checks the minutes, the meeting's choice.
  // (Found by its verb first: a pattern that opened with the name tried every word of every sentence.)
  ["elected", String.raw`justerar\s+(?:dagens\s+)?protokoll(?:et)?`],
  // "Mötet ansåg sig behörigt", "Styrelsen förklarades beslutsför": the meeting found itself entitled to decide.
  ["approved", String.raw`(?:ansåg|anser|fann|finner|förklarade|förklarades|förklaras)\s+(?:sig\s+)?(?:vara\s+)?(?:behörig[a-z]*|beslutsför[a-z]*)(?=\s*[.,;]|\s*$)`],
  // Norwegian and Danish minutes of Nordic bodies: "Dagsorden ble godkjent", "Styret vedtok …", "Referatet godkendes",
  // "Saken tas til orientering", "Bestyrelsen besluttede at …".
  ["approved", String.raw`(?<!\p{L})(?:ble\s+|blev\s+|er\s+)?(?:godkjent|godkjennes|godkjente|godkendt|godkendes|godkendte)(?!\p{L})`],
  ["decided", String.raw`(?<!\p{L})(?:vedtok|vedtatt|vedtas|vedtar|vedtog|vedtaget|vedtages|besluttet|besluttede|besluttes|beslutter)(?!\p{L})`],
  ["noted", String.raw`(?:tas|tatt|tages|taget|tok|tog)\s+(?:\p{L}+\s+)?til\s+(?:orientering|efterretning|etterretning)`],
  // "MSC: Owen/Helsley to adopt the final budget", "M/S/C": moved, seconded and carried.
  ["approved", String.raw`(?<![\p{L}/])(?:MSC|M\/S\/C)(?![\p{L}/])\s*[:\-–]?`],
  // "… second by Brad Botos, MCU": motion carried unanimously.
  ["approved", String.raw`(?<![\p{L}/])MCU(?![\p{L}/])`],
  // "The Committee took note of the evaluation results."
  ["noted", String.raw`(?:took|takes|has\s+taken)\s+note\s+of`],
  // "Interpellationen är härmed besvarad", "Motionen anses besvarad": a question answered, the council took note.
  ["noted", String.raw`(?:är|anses|ansågs|förklaras|förklarades)\s+(?:härmed\s+|därmed\s+)?besvarad`],
  // "Motionen är remitterad till Utskott I", "Ärendet är återremitterat": sent on, or back.
  ["referred_back", String.raw`(?:är|anses|förklaras)\s+(?:härmed\s+|därmed\s+)?återremitterad\p{L}?`],
  ["decided", String.raw`(?:är|anses|förklaras)\s+(?:härmed\s+|därmed\s+)?remitterad\p{L}?\s+till`],
  // "Mötet var ense om att klubben ska förberedas …", "Styrelsen var överens om att …".
  ["decided", String.raw`(?:var|är|blev)\s+(?:\p{L}+\s+)?(?:ense|överens|eniga|enigt)\s+om\s+att`],
  // "Prop 2023:1 Budget gick igenom med ett litet tillägg": a proposal passed (not "gick igenom budgeten", went over it).
  ["approved", String.raw`(?:gick|går)\s+igenom(?=\s*(?:$|[.,;]|med\s|och\s|utan\s|i\s+sin\s+helhet|enhälligt))`],
  // "Policy updates in process - and consideration - tabled": the verdict after a dash, put off.
  ["tabled", String.raw`(?<=[-–:]\s{0,3})(?:tabled|deferred|postponed)(?=\s*[.;]?\s*$)`],
];

/** Present-tense verbs, one alternation. */
export const PRESENT_VERBS = alt(all((f) => f.present));
/** Passive past verbs ("valdes", "godkändes"), one alternation. */
export const PAST_PASSIVE_VERBS = alt(all((f) => f.pastPassive));
/** Past-tense verbs (active and passive), one alternation. */
export const PAST_VERBS = alt([...all((f) => f.past), ...all((f) => f.pastPassive)]);
/** Present passive verbs, one alternation. */
export const PASSIVE_VERBS = alt(all((f) => f.passive));
/** Supines (after har/hade). */
export const SUPINES = alt([...all((f) => f.supine), "uppdragit\\s+(?:åt|till)"]);
/** Infinitives that open an att-clause decision ("att godkänna …", "att uppdra åt …", "att teckna firma …"). */
export const INFINITIVES = alt([
  ...all((f) => f.infinitive),
  "lägga", "uppdra", "ge", "tacka",
  // Acts a decision list states in the infinitive without a decision verb of its own.
  "överlämna", "föreslå", "ställa", "uppmana", "avsätta", "genomföra", "tillsätta", "avvakta", "hänskjuta", "förlänga", "teckna", "ansöka",
]);

/**
 * Bodies that decide, as a regular expression: compounds count ("kommunstyrelsen",
 * "arbetsutskottet", "LAG-gruppen", "förbundsdirektionen"), with or without the definite form.
 */
export const DECIDING_BODY = String.raw`\p{L}*(?:styrelsen|nämnden|delegationen|gruppen|styrgruppen|kommittén|direktionen|utskottet|mötet|årsmötet|stämman|fullmäktige|rådet|presidiet)|LAG|the\s+board|(?:the\s+)?council|(?:the\s+)?committee|members`;

/** English deciding bodies: "the board", "Council", "the parish council", "members", "trustees". */
// (Fourteenth round: the other names English bodies go by, "Governors", "the Commissioners", "Selectmen", "the PCC",
// "the Executive", "the Senate", "the Panel", "the AGM", "the group".)
/** Function words a title may hold before a name ("Ansökan från Trafikkontoret", "Fiskaretorget i Västervik"). */
export const TITLE_FUNCTION_WORD = /^(?:of|the|and|for|to|in|on|at|by|from|with|a|an|av|och|för|i|på|till|från|med|om|vid|över|under|inom|mot|samt|eller)$/iu;

// ("The Leadership Council approved …", "the Technical Steering Committee agreed …", "the Programme Monitoring Committee
// adopted …": up to two words that say which body; "the core team", "the working group", "the task force" decide too.)
export const ENGLISH_BODY = String.raw`(?:(?:parish|town|city|county|district|community|executive|management|steering|finance|planning|general|leadership|technical|governing|foundation|programme|program|monitoring|advisory|coordinating|co-ordinating|organi[sz]ing|oversight|joint|national|regional|project|scientific|editorial|audit|nominating|standing|strategy|policy|core|full|annual|special|extraordinary)\s+){0,2}(?:board|council|committee|sub-committee|cabinet|bureau|plenary|delegation|tsc|pmc|working\s+group|task\s*force|(?:core|leadership|project|management|steering)\s+team|meeting|members|councillors|trustees|directors|steering\s+group|directorate|assembly|governors|commissioners|commission|selectmen|selectboard|aldermen|supervisors|pcc|executive|senate|panel|agm|egm|group|forum|membership|officers|partners)`;
/**
 * English verbs that give a task as an action line writes it ("Owen: send the invitations", "Rebecca: To add …"), the
 * first letter either case. Verbs only, none that also reads as a remark ("agree", "think", "like").
 */
export const ENGLISH_TASK_VERBS = (() => {
  const verbs =
    "send|draft|update|write|check|contact|prepare|organi[sz]e|review|circulate|follow|create|set|schedule|share|post|add|ask|book|arrange|investigate|look|find|confirm|email|e-mail|reach|publish|fix|merge|open|file|submit|order|buy|call|invite|lead|coordinate|compile|collect|distribute|finali[sz]e|complete|produce|provide|research|speak|talk|liaise|chase|raise|remind|request|respond|reply|sort|start|test|make|get|put|move|close|clarify|document|edit|inform|notify|plan|present|propose|recruit|register|remove|renew|report|resolve|revise|run|sign|summari[sz]e|support|take|track|transfer|upload|verify|work|apply|announce|approach|assess|build|consult|discuss|ensure|explore|identify|implement|install|maintain|monitor|negotiate|obtain|pay|print|purchase|reconcile";
  return verbs
    .split("|")
    .map((v) => `[${v[0].toUpperCase()}${v[0]}]${v.slice(1)}`)
    .join("|");
})();

/** English decision verbs in the past tense (how English minutes record a decision). */
export const ENGLISH_VERBS =
  "agreed|approved|decided|resolved|adopted|elected|voted|accepted|appointed|noted|deferred|rejected|carried|delegated|tabled|selected|authori[sz]ed|awarded|endorsed|ratified|postponed|declined|denied|granted|amended|established";

/** A verb of deciding in any finite form or the supine, Swedish or English: "beslutar", "godkändes", "har tagit del", "agreed". */
export const DECIDING_WORD = new RegExp(
  `(?<!\\p{L})(?:${PRESENT_VERBS}|${PAST_VERBS}|${PASSIVE_VERBS}|${SUPINES}|${ENGLISH_VERBS})(?!\\p{L})`,
  "iu",
);

/** Outcome of each inflected Swedish form, and of the phrases and English words that record one. */
const OUTCOME_WORDS: Array<[DecisionOutcome, string[]]> = [
  ...DECISION_ANYWHERE.map(([outcome, phrase]): [DecisionOutcome, string[]] => [outcome, [phrase]]),
  ["approved", [DULY_CALLED]],
  // Negations first: on the same spot they win over the verb ("godkände ej").
  ["rejected", ["godkände ej", "godkänns ej", "godkändes ej", "godkänner inte", "rejected", "declined", "not approved", "refused", "defeated", "turned down", "motion fails", "motion failed", "motion lost", "motion was lost"]],
  ["noted", ["till handlingarna", "tackar", "tackade", "took note", "noted"]],
  // A grant's verdict as a noun: "Beslut: Bifall med 300 000 kr.", "Beslut: Avslag."
  ["approved", ["bifall"]],
  ["rejected", ["avslag"]],
  ["elected", ["elected", "re-?elected", "appointed", "designated"]],
  ["tabled", ["tabled", "deferred", "postponed", "(?:to|decided\\s+to|agreed\\s+to)\\s+(?:postpone|defer)"]],
  // Verbs, not nouns: "a decision on adoption was deferred" is tabled, not approved.
  ["approved", ["approv(?:e|ed|es)", "adopt(?:s|ed)?", "accept(?:s|ed)?", "ratif(?:y|ies|ied)", "carried", "no objections?", "all in favou?r", "unanimous", "confirmed"]],
  ...Object.values(DECISION_VERBS).map((f): [DecisionOutcome, string[]] => [
    f.outcome,
    // ("Styrelsen valde att avstå": who chooses to do something elects no one; "Lina valdes att justera" is elected.)
    [...(f.outcome === "elected" ? [...f.present, ...f.past].map((w) => `(?:${w})(?!\\s+att(?!\\p{L}))`) : [...f.present, ...f.past]), ...f.passive, ...f.pastPassive, ...f.supine, ...f.infinitive],
  ]),
];
/** Outcome patterns; "decided" verbs (besluta …) do not name an outcome of their own. */
export const OUTCOME_PATTERNS: Array<[RegExp, DecisionOutcome]> = OUTCOME_WORDS.filter(([o]) => o !== "decided").map(([outcome, words]) => [
  new RegExp(`(?<!\\p{L})(?:${words.join("|")})(?!\\p{L})`, "iu"),
  outcome,
]);

/**
 * The headings every meeting's minutes use, in English and Swedish: "Apologies", "Matters arising", "Treasurer's
 * Report", "AOCB", "Date of next meeting"; "Mötets öppnande", "Val av justerare", "Övriga frågor", "Nästa möte".
 */
export const STANDARD_HEADING = new RegExp(
  String.raw`^(?:apologies(?:\s+for\s+absence)?|minutes\s+of\s+(?:the\s+)?(?:last|previous)\s+meeting|previous\s+minutes|matters\s+arising(?:\s+from\s+(?:the\s+)?(?:previous\s+)?minutes)?|correspondence|treasurer'?[’']?s\s+report|financ(?:es?|ial\s+report)|chair(?:man|person)?'?[’']?s\s+(?:report|business|remarks)|secretary'?[’']?s\s+report|planning(?:\s+applications|\s+report|\s+matters)?|police(?:\s+report|\s+scotland|\s+matters)?|any\s+other\s+(?:competent\s+)?business|a\.?o\.?c\.?b\.?|a\.?o\.?b\.?|date\s+(?:and\s+(?:time|venue)\s+)?of\s+(?:the\s+)?next\s+meeting|next\s+meeting|declarations?\s+of\s+interests?|welcome(?:\s+and\s+(?:introductions|apologies))?|open\s+forum|public\s+(?:participation|question\s+time|forum)|new\s+business|old\s+business|unfinished\s+business|adjournment|call\s+to\s+order|approval\s+of\s+(?:the\s+)?(?:minutes|agenda)|questions\s+for\s+\S+(?:\s+\S+)?|mötets\s+öppnande|val\s+av\s+(?:justerare|justeringsperson(?:er)?|sekreterare|ordförande|mötesordförande)|(?:godkännande|fastställande)\s+av\s+dagordning(?:en)?|föregående\s+(?:protokoll|mötesprotokoll|mötes\s+protokoll|möte)|ekonomi|kassarapport|ekonomisk\s+rapport|övriga\s+frågor|nästa\s+(?:möte|sammanträde)|mötets\s+avslutande|avslutning)(?=$|[\s,.:;(–-])`,
  "iu",
);

/**
 * Words of meetings: a numbered list that mentions them is an agenda, not any list (parse.ts); a short page that
 * does tells of a meeting (meeting-page.ts). ("Styrelsemötet", "LAG-möte", "kommunfullmäktigesammanträde": a compound
 * names a meeting too.)
 */
export const MEETING_WORDS = /(?<!\p{L})(?:\p{L}*-?möte\p{L}*|\p{L}*sammanträde\p{L}*|\p{L}*stämma\p{L}*|årsmöte\p{L}*|meeting\p{L}*|ärenden)(?!\p{L})/iu;

/** "Att göra", "Action items", "To do", "Nästa steg": an item's whole title naming a list of tasks, which decides nothing. */
export const TASK_LIST_TITLE =
  /^(?:att[\s-]göra(?:[\s-]?lista(?:n)?)?|åtgärdslista|åtgärdspunkter|action\s+(?:items?|points?|list)|to[\s-]?do(?:\s+list)?|next\s+steps|nästa\s+steg)\s*:?$/iu;

/**
 * Who does a task, by when, and what: the words of a label ("Ansvarig: Per Lind. När: nästa möte") or of a table's
 * column heads ("Åtgärd | Ansvarig | Klart"). Read by actions.ts, mandates.ts (`RESPONSIBLE`) and tables.ts.
 */
export const WHO_WORDS = String.raw`ansvarig|ansvariga|ansvar|vem|owner|responsible|responsibility|assigned\s+to|assignee|who|action\s+by`;
export const WHEN_WORDS = String.raw`när|klart(?:\s+till|\s+senast)?|senast|deadline|due(?:\s+date)?|by\s+when|datum|tidplan|when`;
export const WHAT_WORDS = String.raw`åtgärd(?:er)?|aktivitet(?:er)?|uppgift(?:er)?|vad|actions?|task|to\s+do|uppdrag|nästa\s+steg|next\s+steps?`;
