// The one extensions list for the Tiptap editor (browser) and for validating
// and rendering documents on the server, so both agree on what a document is.
import StarterKit from "@tiptap/starter-kit";

/** Links may point only at these; anything else (javascript:, data:) is refused. */
export const ALLOWED_LINK = /^(https?:\/\/|mailto:)/i;

export const richTextExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    trailingNode: false,
    link: {
      openOnClick: false,
      autolink: true,
      protocols: ["http", "https", "mailto"],
      defaultProtocol: "https",
      isAllowedUri: (url) => ALLOWED_LINK.test(url),
      HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
    },
  }),
];
