import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PREDIKATS, RATINGS } from "@/lib/domain/predikat";
import { CORE_VALUES } from "@/lib/domain/appraisal/core-values";
import { ORG_RESULTS } from "@/lib/domain/appraisal/distribution";
import { EVALUATION_STATUSES } from "@/lib/domain/appraisal/evaluation-state";
import { EVALUATION_FREQUENCIES } from "@/lib/domain/appraisal/periods";
import { PLAN_STATUSES } from "@/lib/domain/appraisal/plan-state";

// The domain unions are written out by hand (no Prisma import in lib/domain); this keeps them equal
// to the enums the database stores, so a value added to one side cannot be forgotten on the other.
const schema = readFileSync(new URL("../../../../prisma/schema.prisma", import.meta.url), "utf8");

function prismaEnum(name: string): string[] {
  const match = new RegExp(`^enum ${name} \\{([^}]*)\\}`, "m").exec(schema);
  if (!match?.[1]) throw new Error(`enum ${name} not found in schema.prisma`);
  return match[1]
    .split("\n")
    .map((line) => line.replace(/\/\/.*$/, "").trim())
    .filter(Boolean);
}

describe("domain unions equal the Prisma enums (same order)", () => {
  it.each<[string, readonly string[]]>([
    ["EvaluationFrequency", EVALUATION_FREQUENCIES],
    ["Rating", RATINGS],
    ["Predikat", PREDIKATS],
    ["OrgResult", ORG_RESULTS],
    ["CoreValue", CORE_VALUES.map((row) => row.value)],
    ["PlanStatus", PLAN_STATUSES],
    ["EvaluationKind", ["PERIODIC", "ANNUAL"]],
    ["EvaluationStatus", EVALUATION_STATUSES],
  ])("enum %s", (name, values) => {
    expect(values).toEqual(prismaEnum(name));
  });
});
