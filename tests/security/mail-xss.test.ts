// Mail bodies: every text a notification carries (the recipient's name, the
// subject, paragraphs, facts, lists, quotes) is escaped in the HTML part, and
// a link that is not the app's own or http(s) does not become one.
import { describe, expect, it } from "vitest";
import { compose } from "~/notifications/compose.server";

const PAYLOAD = `<script>window.__xss=1</script>"><img src=x onerror=alert(1)>'`;

describe("notification mails", () => {
  it("escape every text and never link to javascript:", () => {
    const mail = compose(
      {
        subject: `Dagordning ${PAYLOAD}`,
        link: "/meetings/1",
        blocks: [
          { kind: "p", text: PAYLOAD },
          { kind: "facts", rows: [[PAYLOAD, PAYLOAD]] },
          { kind: "list", title: PAYLOAD, items: [{ text: PAYLOAD, href: "javascript:alert(1)" }, { text: "ok", href: "/mandates/2" }] },
          { kind: "quote", text: `${PAYLOAD}\n${PAYLOAD}` },
        ],
      },
      { id: 1, name: PAYLOAD, email: "ledamot@ask.example", locale: "sv" },
      "notice",
    );
    expect(mail.html).not.toMatch(/<script|<img|href="javascript:/i);
    expect(mail.html).toContain("&lt;script&gt;window.__xss=1&lt;/script&gt;");
    expect(mail.html).toMatch(/href="[^"]*\/mandates\/2"/);
    // The plain-text part says the same thing, as text.
    expect(mail.text).toContain(PAYLOAD);
  });
});
