// Failed sign-ins are limited per account and per client address with
// rate-limiter-flexible, stored in the app's database (table rate_limit) so
// every app instance counts the same failures. The store is plain Kysely
// (INSERT ... ON CONFLICT ... RETURNING), which SQLite and PostgreSQL both run.
import { sql, type Kysely } from "kysely";
import { RateLimiterRes, type IRateLimiterStoreOptions } from "rate-limiter-flexible";
import RateLimiterStoreAbstract from "rate-limiter-flexible/lib/RateLimiterStoreAbstract.js";
import type { Database } from "../../db/schema";

type StoreResult = { points: number; expire: number | null };

/** rate-limiter-flexible's store contract (_upsert, _get, _delete) over the rate_limit table. */
class KyselyRateLimiter extends RateLimiterStoreAbstract {
  private readonly db: Kysely<Database>;

  constructor(db: Kysely<Database>, opts: Omit<IRateLimiterStoreOptions, "storeClient">) {
    super({ ...opts, storeClient: db });
    this.db = db;
  }

  async _upsert(key: string, points: number, msDuration: number, forceExpire = false): Promise<StoreResult> {
    const now = Date.now();
    const expire = msDuration > 0 ? now + msDuration : null;
    const live = sql<boolean>`rate_limit.expire is null or rate_limit.expire > ${now}`;
    return this.db
      .insertInto("rate_limit")
      .values({ key, points, expire })
      .onConflict((oc) =>
        oc.column("key").doUpdateSet(
          forceExpire
            ? { points, expire }
            : {
                points: sql`case when ${live} then rate_limit.points + excluded.points else excluded.points end`,
                expire: sql`case when ${live} then rate_limit.expire else excluded.expire end`,
              },
        ),
      )
      .returning(["points", "expire"])
      .executeTakeFirstOrThrow();
  }

  async _get(key: string): Promise<StoreResult | null> {
    const row = await this.db
      .selectFrom("rate_limit")
      .select(["points", "expire"])
      .where("key", "=", key)
      .where((eb) => eb.or([eb("expire", "is", null), eb("expire", ">", Date.now())]))
      .executeTakeFirst();
    return row ?? null;
  }

  async _delete(key: string): Promise<boolean> {
    const result = await this.db.deleteFrom("rate_limit").where("key", "=", key).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  _getRateLimiterRes(_key: string, changedPoints: number, result: StoreResult): RateLimiterRes {
    const isFirst = changedPoints === result.points;
    const consumed = isFirst ? changedPoints : result.points;
    const msBeforeNext = result.expire ? Math.max(result.expire - Date.now(), 0) : -1;
    return new RateLimiterRes(Math.max(this.points - consumed, 0), msBeforeNext, consumed, isFirst);
  }
}

/** Five failures per account and twenty per client address within a minute; the next attempt waits. */
export const ACCOUNT_FAILURES_PER_MINUTE = 5;
export const ADDRESS_FAILURES_PER_MINUTE = 20;

export type SignInLimiter = {
  /** Seconds to wait before the next attempt, or 0 when it may go ahead. */
  retryAfter(email: string, address: string | null): Promise<number>;
  recordFailure(email: string, address: string | null): Promise<void>;
  recordSuccess(email: string): Promise<void>;
};

const limiters = new WeakMap<Kysely<Database>, SignInLimiter>();

export function signInLimiter(db: Kysely<Database>): SignInLimiter {
  let limiter = limiters.get(db);
  if (limiter) return limiter;
  const byAccount = new KyselyRateLimiter(db, { keyPrefix: "signin:account", points: ACCOUNT_FAILURES_PER_MINUTE, duration: 60 });
  const byAddress = new KyselyRateLimiter(db, { keyPrefix: "signin:address", points: ADDRESS_FAILURES_PER_MINUTE, duration: 60 });
  const accountKey = (email: string) => email.trim().toLowerCase();
  limiter = {
    async retryAfter(email, address) {
      const checks: Array<[KyselyRateLimiter, string]> = [[byAccount, accountKey(email)]];
      if (address) checks.push([byAddress, address]);
      let wait = 0;
      for (const [l, key] of checks) {
        const res = await l.get(key);
        if (res && res.consumedPoints >= l.points) wait = Math.max(wait, Math.ceil(res.msBeforeNext / 1000) || 1);
      }
      return wait;
    },
    async recordFailure(email, address) {
      await byAccount.penalty(accountKey(email), 1);
      if (address) await byAddress.penalty(address, 1);
    },
    async recordSuccess(email) {
      await byAccount.delete(accountKey(email));
    },
  };
  limiters.set(db, limiter);
  return limiter;
}
