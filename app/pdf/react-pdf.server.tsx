// @react-pdf/renderer, loaded with the first PDF rather than at server start
// (it costs about 0.4 s and 40 MB). The PDF modules use these stand-ins for its
// primitives; each render function awaits renderToBuffer, which loads it.
import type * as ReactPdf from "@react-pdf/renderer";
import { createElement, type ComponentProps, type ReactElement } from "react";

let lib: typeof ReactPdf | undefined;

async function load(): Promise<typeof ReactPdf> {
  if (!lib) {
    lib = await import("@react-pdf/renderer");
    // react-pdf hyphenates by English rules ("kompe-tensutveckling"); Swedish text is
    // broken between words only.
    lib.Font.registerHyphenationCallback((word) => [word]);
  }
  return lib;
}

function loaded(): typeof ReactPdf {
  if (!lib) throw new Error("react-pdf is used before renderToBuffer loaded it");
  return lib;
}

export const Document = (props: ComponentProps<typeof ReactPdf.Document>) => createElement(loaded().Document, props);
export const Page = (props: ComponentProps<typeof ReactPdf.Page>) => createElement(loaded().Page, props);
export const View = (props: ComponentProps<typeof ReactPdf.View>) => createElement(loaded().View, props);
export const Text = (props: ComponentProps<typeof ReactPdf.Text>) => createElement(loaded().Text, props);
export const Link = (props: ComponentProps<typeof ReactPdf.Link>) => createElement(loaded().Link, props);

/** react-pdf's StyleSheet.create returns the styles as given. */
export const StyleSheet = { create: <T extends ReactPdf.Styles>(styles: T): T => styles };

export async function renderToBuffer(document: ReactElement): Promise<Buffer> {
  return (await load()).renderToBuffer(document as Parameters<typeof ReactPdf.renderToBuffer>[0]);
}
