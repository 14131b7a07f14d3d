import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  DELIVERY_MODES,
  DEVELOPMENT_SOURCES,
  EXTERNAL_TRAINING_STATUSES,
  MENTORING_STATUSES,
  REGISTRATION_STATUSES,
  SANCTION_LEVELS,
  TRAINING_KINDS,
  TRAINING_TYPES,
} from "@/lib/domain/career/enums";
import { TRAINING_KIND_TYPE } from "@/lib/domain/career/development";
import { DEFAULT_BLOCKS_PROMOTION } from "@/lib/domain/career/sanctions";

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

describe("career unions equal the Prisma enums (same order)", () => {
  it.each<[string, readonly string[]]>([
    ["TrainingType", TRAINING_TYPES],
    ["TrainingKind", TRAINING_KINDS],
    ["DeliveryMode", DELIVERY_MODES],
    ["RegistrationStatus", REGISTRATION_STATUSES],
    ["ExternalTrainingStatus", EXTERNAL_TRAINING_STATUSES],
    ["DevelopmentSource", DEVELOPMENT_SOURCES],
    ["SanctionLevel", SANCTION_LEVELS],
    ["MentoringStatus", MENTORING_STATUSES],
    ["TrainingKind (TRAINING_KIND_TYPE keys)", Object.keys(TRAINING_KIND_TYPE)],
    ["SanctionLevel (DEFAULT_BLOCKS_PROMOTION keys)", Object.keys(DEFAULT_BLOCKS_PROMOTION)],
  ])("enum %s", (name, values) => {
    expect(values).toEqual(prismaEnum(name.split(" ")[0] ?? name));
  });
});
