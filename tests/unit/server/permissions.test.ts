import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { authorize, can, PERMISSIONS, type Permission } from "@/lib/server/permissions";

// The expected matrix written out independently of the table it checks: a change to who may do
// what has to be made in both places, on purpose.
const EXPECTED: Record<Permission, Role[]> = {
  "profile.read": ["PEGAWAI"],
  "employee.read.all": ["ADMIN_BKD"],
  "employee.read.team": ["ATASAN"],
  "employee.create": ["ADMIN_BKD"],
  "employee.update": ["ADMIN_BKD"],
  "user.manage": ["ADMIN_BKD"],
  "orgUnit.read": ["ADMIN_BKD"],
  "orgUnit.manage": ["ADMIN_BKD"],
  "position.read": ["ADMIN_BKD"],
  "position.manage": ["ADMIN_BKD"],
  "competency.manage": ["ADMIN_BKD"],
  "audit.read": ["ADMIN_BKD"],
  "appraisal.own": ["PEGAWAI"],
  "appraisal.rate": ["ATASAN"],
  "appraisal.appeal.decide": ["ATASAN"],
  "appraisal.feedback.respond": ["PEGAWAI"],
  "appraisal.manage": ["ADMIN_BKD"],
  "appraisal.read.all": ["ADMIN_BKD"],
  "career.own": ["PEGAWAI"],
  "employee.records.manage": ["ADMIN_BKD"],
  "training.register": ["PEGAWAI"],
  "training.approve": ["ATASAN"],
  "training.manage": ["ADMIN_BKD"],
  "development.read.team": ["ATASAN"],
  "development.read.all": ["ADMIN_BKD"],
  "mentoring.open": ["ADMIN_BKD", "ATASAN"],
  "mentoring.participate": ["PEGAWAI"],
  "mentoring.read.all": ["ADMIN_BKD"],
  "promotion.manage": ["ADMIN_BKD"],
  "placement.manage": ["ADMIN_BKD"],
  "committee.review": ["TIM_PENILAI"],
  "committee.decide": ["TIM_PENILAI"],
  "talent.manage": ["ADMIN_BKD"],
  "talent.read": ["ADMIN_BKD", "TIM_PENILAI"],
};

const ROLES: Role[] = ["PEGAWAI", "ATASAN", "ADMIN_BKD", "TIM_PENILAI"];
const rows = (Object.keys(PERMISSIONS) as Permission[]).flatMap((permission) =>
  ROLES.map((role) => [permission, role, EXPECTED[permission].includes(role)] as const),
);

describe("permission table", () => {
  it("lists exactly the expected permissions", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(rows)("%s for %s → %s", (permission, role, allowed) => {
    expect(can({ roles: [role] }, permission)).toBe(allowed);
    if (allowed) expect(() => authorize({ roles: [role] }, permission)).not.toThrow();
    else expect(() => authorize({ roles: [role] }, permission)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });

  it("grants a person with several roles the union of their roles", () => {
    expect(can({ roles: ["PEGAWAI", "ATASAN"] }, "employee.read.team")).toBe(true);
    expect(can({ roles: ["PEGAWAI", "ATASAN"] }, "employee.update")).toBe(false);
  });

  it("grants nothing to a user without roles", () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) expect(can({ roles: [] }, permission)).toBe(false);
  });
});
