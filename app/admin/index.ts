// Organisation administration: groups, units, people, memberships, and their history.
export * from "./groups.server";
export * from "./units.server";
export * from "./users.server";
export * from "./memberships.server";
export * from "./history.server";
