// The protocol form of minutes and the notice (kallelse): group settings,
// posting of approved minutes (anslag), the facts the PDFs print.
export { backgroundForMinutes, MINUTES_BACKGROUNDS, SUMMARY_CHARS } from "./background";
export { getNoticeFacts, type NoticeFacts } from "./notice.server";
export { listItemPapers, type ItemPaper } from "./papers.server";
export { getGroupProtocolSettings, getGroupSecretary, getMinutesPosting, getProtocolFacts, type GroupProtocolSettings, type MinutesPosting, type ProtocolFacts, type ProtocolPerson } from "./protocol.server";
export { getPostingContext, recordMinutesPosting, saveGroupProtocolSettings, type PostingRefusal } from "./settings.server";
