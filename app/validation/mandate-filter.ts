// The register's filter, read from the URL. Nonsense values are dropped and
// reported back as notices (the page says what it ignored), never a 400/500.
import type { MandateStatus } from "../../db/schema";

export const MANDATE_STATUSES: MandateStatus[] = ["given", "in_progress", "reported", "done", "cancelled", "continued"];
/** "open": every status that still expects follow-up (not done, cancelled or continued). */
export type StatusFilter = MandateStatus | "open";
export const STATUS_FILTERS: StatusFilter[] = ["open", ...MANDATE_STATUSES];
/** overdue: by the due rule; a number: due within that many days from today; none: no due point. */
export type DueFilter = "overdue" | "14" | "30" | "90" | "365" | "none";
export const DUE_FILTERS: DueFilter[] = ["overdue", "14", "30", "90", "365", "none"];
export type MandateSort = "urgency" | "due" | "given" | "task" | "group";
export const MANDATE_SORTS: MandateSort[] = ["urgency", "due", "given", "task", "group"];
export type SortDir = "asc" | "desc";

export const PAGE_SIZE = 50;

export type MandateFilter = {
  groupId: number | null;
  unitId: number | null;
  status: StatusFilter | null;
  due: DueFilter | null;
  sort: MandateSort;
  dir: SortDir;
  page: number;
};

export const DEFAULT_FILTER: MandateFilter = { groupId: null, unitId: null, status: null, due: null, sort: "urgency", dir: "asc", page: 1 };

export type IgnoredParam = { param: string; value: string };

const ID = /^[1-9]\d{0,9}$/;

/**
 * Reads the filter. `groupIds`/`unitIds` are the choices the user has: an id
 * outside them is ignored like any other unknown value.
 */
export function parseMandateFilter(
  params: URLSearchParams,
  choices: { groupIds: number[]; unitIds: number[] },
): { filter: MandateFilter; ignored: IgnoredParam[] } {
  const filter: MandateFilter = { ...DEFAULT_FILTER };
  const ignored: IgnoredParam[] = [];
  const read = (param: string, accept: (value: string) => boolean) => {
    const value = params.get(param);
    if (value === null || value === "") return null;
    if (accept(value)) return value;
    ignored.push({ param, value: value.slice(0, 60) });
    return null;
  };
  const group = read("group", (v) => ID.test(v) && choices.groupIds.includes(Number(v)));
  if (group) filter.groupId = Number(group);
  const unit = read("unit", (v) => ID.test(v) && choices.unitIds.includes(Number(v)));
  if (unit) filter.unitId = Number(unit);
  const status = read("status", (v) => (STATUS_FILTERS as string[]).includes(v));
  if (status) filter.status = status as StatusFilter;
  const due = read("due", (v) => (DUE_FILTERS as string[]).includes(v));
  if (due) filter.due = due as DueFilter;
  // `overdue=1` (links from the dashboards) is the same as due=overdue.
  const overdue = read("overdue", (v) => v === "1" || v === "on" || v === "true");
  if (overdue && !filter.due) filter.due = "overdue";
  const sort = read("sort", (v) => (MANDATE_SORTS as string[]).includes(v));
  if (sort) filter.sort = sort as MandateSort;
  const dir = read("dir", (v) => v === "asc" || v === "desc");
  if (dir) filter.dir = dir as SortDir;
  else if (filter.sort === "given") filter.dir = "desc";
  const page = read("page", (v) => /^[1-9]\d{0,5}$/.test(v));
  if (page) filter.page = Number(page);
  return { filter, ignored };
}

/** The filter as URL parameters, defaults left out (for links, paging and the CSV export). */
export function mandateFilterParams(filter: MandateFilter, overrides: Partial<MandateFilter> = {}): URLSearchParams {
  const f = { ...filter, ...overrides };
  const params = new URLSearchParams();
  if (f.groupId) params.set("group", String(f.groupId));
  if (f.unitId) params.set("unit", String(f.unitId));
  if (f.status) params.set("status", f.status);
  if (f.due) params.set("due", f.due);
  if (f.sort !== DEFAULT_FILTER.sort) params.set("sort", f.sort);
  if (f.dir !== (f.sort === "given" ? "desc" : "asc")) params.set("dir", f.dir);
  if (f.page > 1) params.set("page", String(f.page));
  return params;
}
