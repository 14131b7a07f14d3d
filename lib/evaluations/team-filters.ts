// The status filter of "Tim Saya": plan statuses, then "awaiting my rating" and "rated, awaiting
// the employee or the unit's release". Shared by the query, the query-string schema and the page.
export const TEAM_FILTERS = ["DRAFT", "SUBMITTED", "AGREED", "CLOSED", "SELF_ASSESSED", "RATED"] as const;
export type TeamFilter = (typeof TEAM_FILTERS)[number];
