// The pages measured by `npm run bench` and, for each, the raw SQL that fetches the same data the
// page shows, statement by statement in the page's order; what a page issues concurrently
// (Promise.all) runs concurrently here too, so its SQL time is the page's wall-clock time in the
// database rather than the sum of its statements. One file per feature (bench-scenarios-*.ts).
import type pg from "pg";
import { sessionOf, type Scenario, type Statement, type Step } from "./bench-kit";
import { appraisalScenarios } from "./bench-scenarios-appraisals";
import { careerScenarios } from "./bench-scenarios-career";
import { developmentScenarios } from "./bench-scenarios-development";
import { directoryScenarios } from "./bench-scenarios-directory";
import { roundScenarios, type BenchCases } from "./bench-scenarios-rounds";
import { talentScenarios } from "./bench-scenarios-talent";

export type { BenchCases, Scenario, Statement, Step };

/** Every scenario, as the admin unless a scenario names its own account; `cases` from scripts/bench-cases.ts. */
export async function benchScenarios(client: pg.Client, adminNip: string, cases: BenchCases | null = null): Promise<Scenario[]> {
  const admin = await client.query<{ id: number }>("SELECT u.id FROM users u JOIN employees e ON e.id = u.employee_id WHERE e.nip = $1", [adminNip]);
  const session = sessionOf(admin.rows[0]!.id);
  return [
    ...(await directoryScenarios(client, session)),
    ...(await appraisalScenarios(client, session)),
    ...(await careerScenarios(client)),
    ...(await developmentScenarios(client, session)),
    ...(await roundScenarios(client, session, cases)),
    ...(await talentScenarios(client, session)),
  ];
}
