import { describe, expect, it } from "vitest";
import { EDUCATION_LEVELS } from "@/lib/domain/education";
import { FUNCTIONAL_LEVELS, POSITION_TYPES } from "@/lib/domain/positions";
import * as Prisma from "@/lib/generated/prisma/enums";
import { RANK_CHANGE_KINDS } from "@/lib/employees/schemas";
import { ROLES } from "@/lib/users/schemas";

// lib/domain keeps its own unions (it may not import Prisma); these tests fail the day the schema's
// enums and the rule tables drift apart, e.g. a new education level without its pangkat cap.
const sorted = (values: Iterable<string>) => [...values].sort();

describe("domain tables cover exactly the database enums", () => {
  it.each([
    ["EducationLevel", EDUCATION_LEVELS.map((e) => e.level), Prisma.EducationLevel],
    ["PositionType", POSITION_TYPES.map((p) => p.type), Prisma.PositionType],
    ["FunctionalLevel", FUNCTIONAL_LEVELS.map((f) => f.level), Prisma.FunctionalLevel],
    ["RankChangeKind", RANK_CHANGE_KINDS, Prisma.RankChangeKind],
    ["Role", ROLES, Prisma.Role],
  ] as const)("%s", (_name, domain, prisma) => {
    expect(sorted(domain)).toEqual(sorted(Object.values(prisma)));
  });
});
