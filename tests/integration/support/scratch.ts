// A database of its own for a test file that seeds a whole province (the seed tests): created empty
// on the test server, dropped afterwards, so the shared test database never sees the batch.
import pg from "pg";
import { recreateDatabase } from "../../../scripts/lib/embedded-postgres";

export async function scratchDatabase(name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("DATABASE_URL must point at a PostgreSQL server for integration tests");
  const url = await recreateDatabase(serverUrl, name);
  const drop = async () => {
    const admin = new URL(serverUrl);
    admin.pathname = "/postgres";
    const server = new pg.Client({ connectionString: admin.toString() });
    await server.connect();
    try {
      await server.query(`DROP DATABASE IF EXISTS ${server.escapeIdentifier(name)} WITH (FORCE)`);
    } finally {
      await server.end();
    }
  };
  return { url, drop };
}
