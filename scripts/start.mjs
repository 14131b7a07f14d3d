// `npm start`: dependencies, embedded PostgreSQL (unless DATABASE_URL), migrations, demo data,
// production build when missing or out of date, then the app on http://localhost:3000.
import { ensureDependencies, runTs } from "./bootstrap.mjs";

ensureDependencies();
runTs("scripts/start-app.ts", process.argv.slice(2));
