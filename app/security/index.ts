// Security for outside callers: the Express middleware server.js mounts, and
// the nonce for the components that write scripts. See README, "Security and
// reliability".
export { cspNonce, isCrossSite, refuseCrossSitePosts, securityHeaders } from "./http.server";
export { NonceProvider, nonceFromContext, useNonce } from "./nonce";
export { safeExternalUrl } from "./urls";
