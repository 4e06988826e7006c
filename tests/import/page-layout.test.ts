// Layouts of whole pages (sixth round, issue 13): a page copied out of a PDF as one line, with its
// sub-items run together ("a) … b) …", "1.1 … 1.3 …", "$1 … $2 …" where OCR read the § sign), and where the footer begins.
import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../app/import/parse";

const pad = " Mötet hölls i föreningens lokal och alla närvarande hälsades välkomna av ordföranden som läste upp kallelsen.".repeat(3);

describe("a flattened page with its sub-items run together", () => {
  it("cuts lettered sub-items", () => {
    const text = `PROTOKOLL FÖRT VID VATTENRÅDETS ÅRSMÖTE 2010-04-22${pad} 1. Föredragningslista enligt stadgarna a) Årsmötet öppnades Ordföranden hälsade alla välkomna. b) Val av ordförande och sekreterare Till ordförande valdes Anna Berg och till sekreterare valdes Olle Ek. c) Val av justerare Till justerare valdes Karin Ny. d) Styrelsens berättelse Ordföranden redogjorde för verksamheten.`;
    const titles = parseMinutes(text).items.map((i) => i.title);
    expect(titles).toEqual(expect.arrayContaining(["Val av ordförande och sekreterare", "Val av justerare", "Styrelsens berättelse"]));
  });

  it("cuts decimal sub-items under one number, and reads $ as § when the numbers count up", () => {
    const decimal = `Protokoll fört vid sektionsmöte 2018-05-24${pad} 1 Formalia 1.1 Mötets öppnande Ordföranden öppnar mötet. 1.2 Val av mötesordförande Sektionen beslutar att välja Anna Berg till mötesordförande. 1.3 Val av mötessekreterare Sektionen beslutar att välja Olle Ek till mötessekreterare. 1.4 Justering av röstlängd 26 röstberättigade närvarande.`;
    const items = parseMinutes(decimal).items;
    expect(items.find((i) => i.title === "Val av mötessekreterare")?.decision?.replace(/\s+/gu, " ")).toBe(
      "Sektionen beslutar att välja Olle Ek till mötessekreterare.",
    );
    const dollars = `PROTOKOLL Segelsällskapet styrelsemöte 2008-02-12${pad} $1 Mötets öppnande Ordförande förklarade mötet öppnat. Mötet godkände föreslagen dagordning. $2 Föregående protokoll Protokollet godkändes och lades till handlingarna. $3 Kassarapport Kassören redogjorde för ekonomin.`;
    expect(parseMinutes(dollars).items.map((i) => i.number)).toEqual(["1", "2", "3"]);
  });
});

describe("the footer comes after the last item", () => {
  it("reads an agenda on past a 'Justerare:' line among its preliminaries", () => {
    const notice = "KALLELSE\nKårstyrelsemöte 14, 28 juni 2016\nFöredragningslista\n1. Mötets öppnande\n2. Preliminärer\nJusterare: Angelica Fors\n3. Uppföljning av beslut\n4. Ekonomiska rapporter\n5. Mötets avslutande\n";
    expect(parseMinutes(notice).items.map((i) => i.number)).toEqual(["1", "2", "3", "4", "5"]);
  });
});

describe("lettered sub-items written 'a.)'", () => {
  it("reads each as an item of its own", () => {
    const text = "Protokoll styrelsemöte 16 maj 2013\n\n6. Övriga frågor:\na.) Utbilda ny domare. Hesse kollar vilka regler som gäller.\n\nb.) Informationstavla: Micke kollar upp det alternativet.\n";
    expect(parseMinutes(text).items.map((i) => i.number)).toEqual(["6", "6a", "6b"]);
  });
});

describe("sub-points numbered '1.a'", () => {
  it("are cut out of a flattened page and read as items", () => {
    const text = `Protokoll fört vid förbundsstyrelsens sammanträde den 5 februari 2006${pad} 1. Sammanträdets öppnande Ordföranden öppnar mötet. 1.a Val av protokolljusterare Till protokolljusterare utses Lena Berg. 1.b Anmälan av föregående protokoll Protokollet läggs till handlingarna. 1.c Godkännande av föredragningslistan Föredragningslistan godkänns.`;
    const items = parseMinutes(text).items;
    expect(items.map((i) => i.title)).toEqual(expect.arrayContaining(["Val av protokolljusterare", "Anmälan av föregående protokoll", "Godkännande av föredragningslistan"]));
    expect(items.find((i) => i.title === "Godkännande av föredragningslistan")?.decision).toBe("Föredragningslistan godkänns.");
  });
});

describe("a § sign read as '$' by OCR", () => {
  it("is a paragraph sign on lines of their own too, when the numbers count up", () => {
    const text = "Protokoll fört vid urtima möte 2017-09-04\n\n$ 1. Mötet öppnas\n\n$ 2. Val av mötessekreterare\nBeslut att välja Aron Ekelin till sekreterare\n\n$ 3. Mötet stadgeenliga utlysande\nBeslut att finna mötet stadgeenligt utlyst\n";
    expect(parseMinutes(text).items.map((i) => i.number)).toEqual(["1", "2", "3"]);
    // An amount is not a paragraph: "$5 Million" once is left as it is.
    expect(parseMinutes("Board minutes 2020-01-10\n\n1. Budget\nThe budget of $5 Million was approved.\n").items[0].decision).toContain("$5 Million");
  });
});
