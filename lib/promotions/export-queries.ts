import "server-only";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { KpConditionCode } from "@/lib/domain/career/promotion";
import { toIsoDate } from "@/lib/domain/dates";
import { rankById } from "@/lib/domain/ranks";
import { t } from "@/lib/i18n";
import { db } from "@/lib/server/db";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { readConditions } from "./conditions";

// The conditions a screening can report, in the checklist's order (stops last).
const CONDITION_CODES: KpConditionCode[] = ["YEARS_IN_RANK", "PERFORMANCE", "EDUCATION_CAP", "JENJANG_RANGE", "CREDIT", "NO_SANCTION", "NOT_PNS", "RANK_UNKNOWN", "TOP_RANK"];
const BATCH = 2000;

export type ExportRound = { id: number; periodTmt: Date };

/** The round to export, or null (the route answers 404). */
export async function findRoundForExport(user: SessionUser, roundId: number): Promise<ExportRound | null> {
  authorize(user, "promotion.manage");
  return db.promotionRound.findUnique({ where: { id: roundId }, select: { id: true, periodTmt: true } });
}

export function exportFilename(round: ExportRound): string {
  return `kenaikan-pangkat-${toIsoDate(round.periodTmt)}.xlsx`;
}

const code = (id: number | null) => (id === null ? "" : (rankById(id)?.code ?? ""));

/**
 * Every candidate of the round into an XLSX on `output`, with exceljs's streaming writer: rows are
 * read in keyset batches (by id) and committed as they go, so a 100,000-row round never sits in
 * memory as a whole.
 */
export async function writeRoundXlsx(round: ExportRound, output: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(t("promotions.xlsx.sheet"));
  const x = (key: Parameters<typeof t>[0]) => t(key);
  sheet.addRow([
    x("promotions.xlsx.nip"),
    x("promotions.xlsx.name"),
    x("promotions.xlsx.unit"),
    x("promotions.xlsx.fromRank"),
    x("promotions.xlsx.toRank"),
    x("promotions.xlsx.route"),
    x("promotions.xlsx.eligible"),
    x("promotions.xlsx.proposed"),
    ...CONDITION_CODES.map((c) => t(`career.kp.labels.${c}`)),
    x("promotions.xlsx.decision"),
    x("promotions.xlsx.reason"),
    x("promotions.xlsx.skNumber"),
    x("promotions.xlsx.justification"),
  ]).commit();
  const yes = t("promotions.xlsx.yes");
  const no = t("promotions.xlsx.no");
  let after = 0;
  for (;;) {
    const rows = await db.promotionCandidate.findMany({
      where: { roundId: round.id, id: { gt: after } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: {
        id: true,
        route: true,
        eligible: true,
        proposed: true,
        fromRankId: true,
        toRankId: true,
        conditions: true,
        decision: true,
        decisionReason: true,
        skNumber: true,
        justification: true,
        employee: { select: { nip: true, name: true, unit: { select: { name: true } } } },
      },
    });
    for (const row of rows) {
      const byCode = new Map(readConditions(row.conditions).map((c) => [c.code, c.met]));
      sheet.addRow([
        row.employee.nip,
        row.employee.name,
        row.employee.unit.name,
        code(row.fromRankId),
        code(row.toRankId),
        t(`enums.promotionRoute.${row.route}`),
        row.eligible ? yes : no,
        row.proposed ? yes : no,
        ...CONDITION_CODES.map((c) => (byCode.has(c) ? (byCode.get(c) ? t("promotions.xlsx.met") : t("promotions.xlsx.unmet")) : "")),
        row.decision ? t(`enums.committeeDecision.${row.decision}`) : "",
        row.decisionReason ?? "",
        row.skNumber ?? "",
        row.justification ?? "",
      ]).commit();
    }
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1]!.id;
  }
  sheet.commit();
  await workbook.commit();
}
