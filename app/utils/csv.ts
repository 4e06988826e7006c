// CSV that Swedish Excel opens correctly: UTF-8 with a byte-order mark (or
// Excel guesses Windows-1252 and breaks å, ä, ö), semicolons (Swedish Excel's
// list separator, since the comma is the decimal sign), CRLF line ends.
export const BOM = "\uFEFF";

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  // A cell starting with = + - @ would run as a formula in Excel (CSV injection).
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Array<Array<string | number | null | undefined>>): string {
  return BOM + [header, ...rows].map((row) => row.map(cell).join(";")).join("\r\n") + "\r\n";
}
