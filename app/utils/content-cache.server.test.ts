import { describe, expect, it } from "vitest";
import { cachedPdf } from "~/pdf/cache.server";

describe("results kept by their input (PDFs, calendar feeds)", () => {
  it("are drawn again only when what they are drawn from changes", async () => {
    let draws = 0;
    const draw = async () => Buffer.from(`pdf ${++draws}`);
    const minutes = { meeting: { id: 1, title: "Styrgrupp ASK" }, documents: new Map([[1, ["a.pdf"]]]), t: { any: () => "x" } };
    const first = await cachedPdf("test-minutes", minutes, draw);
    expect(await cachedPdf("test-minutes", { ...minutes, t: { other: () => "y" } }, draw)).toBe(first);
    expect(draws).toBe(1);
    // A changed title, a changed document list or another kind of PDF is drawn anew.
    await cachedPdf("test-minutes", { ...minutes, meeting: { id: 1, title: "Styrgrupp ASK, extra" } }, draw);
    await cachedPdf("test-minutes", { ...minutes, documents: new Map([[1, ["b.pdf"]]]) }, draw);
    await cachedPdf("test-agenda", minutes, draw);
    expect(draws).toBe(4);
  });
});
