// The audit browser against a real PostgreSQL: keyset pages with no gaps or repeats (ties on the same
// instant included), each filter, WIB day boundaries, HR-only access, and audit rows that exist
// exactly when the write they describe does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actor, RUN, seed } from "./support/context";
import { changedKeys, jsonEntries } from "../../lib/audit/diff";
import { findAuditLogs, listAuditEntityTypes } from "../../lib/audit/queries";
import { filterNotes, ZAuditFilters } from "../../lib/audit/schemas";
import { createOrgUnit } from "../../lib/org-units/mutations";
import { writeAudit } from "../../lib/server/audit";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";

const TYPE = `Uji${RUN}`;
let admin: SessionUser;
let staff: SessionUser;
// Far in the future, so rows other test files write "now" never fall between ours.
const BASE = Date.UTC(2031, 0, 1, 0, 0, 0);


const filters = (raw: Record<string, string>) => ZAuditFilters.parse({ type: TYPE, ...raw });

beforeAll(async () => {
  admin = await actor(["PEGAWAI", "ADMIN_BKD"]);
  staff = await actor(["PEGAWAI", "ATASAN"]);
  // 120 rows a minute apart, except that rows 60..62 share one instant (keyset ties).
  await db.auditLog.createMany({
    data: Array.from({ length: 120 }, (_, i) => ({
      at: new Date(BASE + (i >= 60 && i <= 62 ? 60 : i) * 60_000),
      actorId: i % 10 === 0 ? admin.userId : null,
      action: i % 2 ? "uji.update" : "uji.create",
      entityType: TYPE,
      entityId: String(i % 7),
      before: i % 2 ? { name: `lama ${i}`, grade: 1 } : undefined,
      after: { name: `baru ${i}`, grade: 1 },
    })),
  });
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("paging", () => {
  it("walks newest to oldest 50 at a time without gaps or repeats, and back again", async () => {
    const first = await findAuditLogs(admin, filters({}));
    expect(first.rows).toHaveLength(50);
    expect(first.newer).toBeNull();
    const second = await findAuditLogs(admin, filters({ before: first.older! }));
    const third = await findAuditLogs(admin, filters({ before: second.older! }));
    expect(third.rows).toHaveLength(20);
    expect(third.older).toBeNull();

    const all = [...first.rows, ...second.rows, ...third.rows];
    expect(new Set(all.map((row) => row.id)).size).toBe(120);
    const order = all.map((row) => [row.at.getTime(), BigInt(row.id)] as const);
    for (let i = 1; i < order.length; i++) {
      const [prev, next] = [order[i - 1]!, order[i]!];
      expect(prev[0] > next[0] || (prev[0] === next[0] && prev[1] > next[1])).toBe(true);
    }

    const backToSecond = await findAuditLogs(admin, filters({ after: third.newer! }));
    expect(backToSecond.rows.map((row) => row.id)).toEqual(second.rows.map((row) => row.id));
    const backToFirst = await findAuditLogs(admin, filters({ after: second.newer! }));
    expect(backToFirst.rows.map((row) => row.id)).toEqual(first.rows.map((row) => row.id));
    expect(backToFirst.newer).toBeNull();
  });
});

describe("filters", () => {
  it("narrows by entity id, action prefix and actor NIP, and names the actor", async () => {
    const byEntity = await findAuditLogs(admin, filters({ entity: "3" }));
    expect(byEntity.rows.length).toBeGreaterThan(0);
    expect(byEntity.rows.every((row) => row.entityId === "3")).toBe(true);

    const byAction = await findAuditLogs(admin, filters({ action: "uji.upd" }));
    expect(byAction.rows.every((row) => row.action === "uji.update")).toBe(true);

    const byActor = await findAuditLogs(admin, filters({ actor: admin.nip.replace(/(\d{8})/, "$1 ") }));
    expect(byActor.rows).toHaveLength(12);
    expect(byActor.rows[0]!.actor).toEqual({ name: admin.name, nip: admin.nip });

    const unknown = await findAuditLogs(admin, filters({ actor: "199001012020011999" }));
    expect(unknown).toMatchObject({ rows: [], actorUnknown: true });
  });

  it("reads date filters as WIB calendar days", async () => {
    const dayOne = Date.UTC(2031, 5, 1, 16, 59, 59, 999); // 1 June 23:59:59.999 WIB
    const dayTwo = Date.UTC(2031, 5, 1, 17, 0, 0, 0); // 2 June 00:00 WIB
    const type = `Tgl${RUN}`;
    await db.auditLog.createMany({
      data: [
        { at: new Date(dayOne), action: "uji.tanggal", entityType: type, entityId: "1" },
        { at: new Date(dayTwo), action: "uji.tanggal", entityType: type, entityId: "2" },
      ],
    });
    const ids = async (raw: Record<string, string>) => (await findAuditLogs(admin, ZAuditFilters.parse({ type, ...raw }))).rows.map((row) => row.entityId);
    expect(await ids({ from: "2031-06-02", to: "2031-06-02" })).toEqual(["2"]);
    expect(await ids({ to: "2031-06-01" })).toEqual(["1"]);
    expect(await ids({ from: "2031-06-01" })).toEqual(["2", "1"]);
  });

  it("explains filters it cannot use instead of silently dropping them", () => {
    const raw = { entity: "5", actor: "12345", from: "2031-02-30", to: "" };
    const parsed = ZAuditFilters.parse(raw);
    expect(parsed).toMatchObject({ entity: "5", actor: undefined, from: null });
    expect(Object.keys(filterNotes(raw, parsed)).sort()).toEqual(["actor", "entity", "from"]);
    const reversed = { type: "X", from: "2031-02-02", to: "2031-02-01" };
    expect(filterNotes(reversed, ZAuditFilters.parse(reversed))).toHaveProperty("to");
  });

  it("lists the entity types present", async () => {
    expect(await listAuditEntityTypes(admin)).toContain(TYPE);
  });
});

describe("access and integrity", () => {
  it("gives FORBIDDEN to a user without ADMIN_BKD", async () => {
    await expect(findAuditLogs(staff, filters({}))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listAuditEntityTypes(staff)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("keeps no audit row for a write that failed", async () => {
    const type = `Gagal${RUN}`;
    await expect(
      db.$transaction(async (tx) => {
        await writeAudit(tx, { actorId: admin.userId, action: "uji.gagal", entityType: type, entityId: 1, after: { a: 1 } });
        throw new Error("the write after the audit row failed");
      }),
    ).rejects.toThrow("failed");
    expect(await db.auditLog.count({ where: { entityType: type } })).toBe(0);

    const code = `AU${RUN}.GAGAL`;
    await expect(createOrgUnit(admin, { code, name: "Gagal", parentId: 2_000_000_000 })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.auditLog.count({ where: { entityType: "OrgUnit", after: { path: ["code"], equals: code } } })).toBe(0);
    await createOrgUnit(admin, { code, name: "Berhasil", parentId: null });
    expect(await db.auditLog.count({ where: { entityType: "OrgUnit", after: { path: ["code"], equals: code } } })).toBe(1);
  });
});

describe("showing changes", () => {
  it("finds the top-level keys that changed, including added and removed ones", () => {
    expect(changedKeys({ a: 1, b: { c: 2 }, d: 3 }, { a: 1, b: { c: 3 }, e: 4 })).toEqual(["b", "d", "e"]);
    expect(changedKeys(null, { a: 1 })).toEqual([]);
  });

  it("pretty-prints one entry per key so changed ones can be marked", () => {
    expect(jsonEntries({ a: 1, b: [1, 2] })).toEqual([
      { key: "a", text: '  "a": 1,' },
      { key: "b", text: '  "b": [\n    1,\n    2\n  ]' },
    ]);
    expect(jsonEntries("teks")).toEqual([{ key: null, text: '"teks"' }]);
  });
});
