// The per-request CSP nonce, handed from the server (server.js makes it, the
// Remix load context carries it) to the components that write <script> tags.
// In the browser the nonce is hidden by the browser itself: "" is right there.
import { createContext, useContext, type ReactNode } from "react";

const NonceContext = createContext<string>("");

export function NonceProvider({ nonce, children }: { nonce: string; children: ReactNode }) {
  return <NonceContext.Provider value={nonce}>{children}</NonceContext.Provider>;
}

export function useNonce(): string {
  return useContext(NonceContext);
}

/** The nonce server.js put into the Remix load context, or "" (tests, dev without it). */
export function nonceFromContext(context: unknown): string {
  const nonce = (context as { cspNonce?: unknown } | undefined)?.cspNonce;
  return typeof nonce === "string" ? nonce : "";
}
