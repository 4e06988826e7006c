// rate-limiter-flexible documents RateLimiterStoreAbstract for custom stores
// but its index does not export it; its own type is reused for the deep import.
declare module "rate-limiter-flexible/lib/RateLimiterStoreAbstract.js" {
  import type { RateLimiterStoreAbstract } from "rate-limiter-flexible";
  const Abstract: typeof RateLimiterStoreAbstract;
  export default Abstract;
}
