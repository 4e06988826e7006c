// How every meeting PDF leaves the app: a private download named after the
// document, the group and the day ("dagordning-ask-2026-12-10.pdf").
export function meetingPdfResponse(
  pdf: Uint8Array<ArrayBuffer>,
  name: { document: "dagordning" | "kallelse" | "protokoll" | "handlingar"; groupShortName: string; date: string },
  disposition: "attachment" | "inline" = "attachment",
): Response {
  const filename = `${name.document}-${name.groupShortName.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${name.date}.pdf`;
  return new Response(pdf, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `${disposition}; filename="${filename}"`,
      "Content-Length": String(pdf.length),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
