import Link from "next/link";
import { fullName } from "@/components/employees/profile-view";
import { Badge } from "@/components/ui/layout";
import { Table, Td, Th } from "@/components/ui/table";
import type { Predikat } from "@/lib/domain/predikat";
import { potentialLevel } from "@/lib/domain/talent/nine-box";
import { t } from "@/lib/i18n";
import type { BoxPerson } from "@/lib/talent/box-people-queries";

export function formatScore(score: number): string {
  return new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 }).format(score);
}

/** A predikat with its year ("Baik (2025)"): the 9-box counts each person's latest one, which may be older than the year shown. */
export function predikatText(predikat: Predikat | null, year: number | null): string {
  if (!predikat) return t("common.dash");
  const label = t(`appraisal.predikat.${predikat}`);
  return year === null ? label : t("talent.predikatOfYear", { predikat: label, year });
}

/** People of one box or of the talent pool: who they are, where, and the two inputs of their box. */
export function BoxPeopleTable({ rows, caption, showBox = false }: { rows: BoxPerson[]; caption: string; showBox?: boolean }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          {showBox ? <Th>{t("talent.columns.box")}</Th> : null}
          <Th>{t("talent.columns.name")}</Th>
          <Th>{t("talent.columns.unit")}</Th>
          <Th>{t("talent.columns.rank")}</Th>
          <Th>{t("talent.columns.position")}</Th>
          <Th>{t("talent.columns.predikat")}</Th>
          <Th>{t("talent.columns.score")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => {
          const level = potentialLevel(row.score);
          return (
            <tr key={row.id} className="hover:bg-slate-50">
              {showBox ? (
                <Td>
                  <Badge tone="brand">{t("talent.grid.box", { box: row.box })}</Badge>
                </Td>
              ) : null}
              <Td>
                <Link href={`/talent/people/${row.id}`} className="font-medium text-brand-700 hover:underline">
                  {fullName(row)}
                </Link>
                <span className="block font-mono text-xs text-slate-500">{row.nip}</span>
              </Td>
              <Td>{row.unitName}</Td>
              <Td className="whitespace-nowrap">{row.rankCode ? `${row.rankCode} ${row.rankName ?? ""}` : t("common.dash")}</Td>
              <Td>{row.positionName}</Td>
              <Td className="whitespace-nowrap">{predikatText(row.predikat, row.predikatYear)}</Td>
              <Td className="whitespace-nowrap tabular-nums">
                {formatScore(row.score)}
                {level ? <span className="block text-xs text-slate-500">{t(`talent.potential.${level}`)}</span> : null}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
