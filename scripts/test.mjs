// `npm test`: typecheck, lint, migration drift, unit, integration (real PostgreSQL) and end-to-end
// (Chromium against a production build); ends with one line `N passed, N failed`.
import { ensureDependencies, runTs } from "./bootstrap.mjs";

ensureDependencies();
runTs("scripts/test-run.ts", process.argv.slice(2));
