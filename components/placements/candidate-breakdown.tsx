import { Table, Td, Th } from "@/components/ui/table";
import { formatNumber, t } from "@/lib/i18n";
import type { StoredComponent } from "@/lib/placements/ranking";

export type StandardLine = { competencyId: number; name: string };

type Line = { competencyId: number; required: number; actual: number | null };

/** The competency lines kept in a component's facts, read defensively (stored JSON). */
function linesOf(facts: unknown): Line[] {
  const lines = (facts as { lines?: unknown } | null)?.lines;
  if (!Array.isArray(lines)) return [];
  return lines.filter((l): l is Line => typeof (l as Line)?.competencyId === "number" && typeof (l as Line)?.required === "number");
}

const fmt = (value: number) => formatNumber(Math.round(value * 100) / 100);

/**
 * Every component of a merit score: value, weight, points and the sentence it rests on, with the
 * competency lines named. Shown the same to HR, the committee and the candidate.
 */
export function CandidateBreakdown({ components, score, standard }: { components: StoredComponent[]; score: number; standard: readonly StandardLine[] }) {
  const names = new Map(standard.map((line) => [line.competencyId, line.name]));
  return (
    <Table caption={t("placements.breakdown.caption")}>
      <thead>
        <tr>
          <Th>{t("placements.breakdown.component")}</Th>
          <Th className="text-right">{t("placements.breakdown.value")}</Th>
          <Th className="text-right">{t("placements.breakdown.weight")}</Th>
          <Th className="text-right">{t("placements.breakdown.points")}</Th>
          <Th>{t("placements.breakdown.detail")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {components.map((c) => (
          <tr key={c.key}>
            <Td className="whitespace-nowrap font-medium">{t(`placements.components.${c.key}`)}</Td>
            <Td className="text-right tabular-nums">{fmt(c.value)}</Td>
            <Td className="text-right tabular-nums">{formatNumber(c.weight)}%</Td>
            <Td className="text-right tabular-nums">{fmt(c.points)}</Td>
            <Td className="min-w-64">
              {c.detail}
              {c.key === "competency" && linesOf(c.facts).length ? (
                <ul className="mt-1 list-disc pl-5 text-xs text-slate-600">
                  {linesOf(c.facts).map((line) => (
                    <li key={line.competencyId}>
                      {t(line.actual === null ? "placements.breakdown.lineUnassessed" : "placements.breakdown.line", {
                        name: names.get(line.competencyId) ?? `#${line.competencyId}`,
                        actual: line.actual ?? 0,
                        required: line.required,
                      })}
                    </li>
                  ))}
                </ul>
              ) : null}
            </Td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="border-t border-slate-200 bg-slate-50">
          <Td className="font-semibold">{t("placements.breakdown.total")}</Td>
          <Td />
          <Td className="text-right tabular-nums">100%</Td>
          <Td className="text-right font-semibold tabular-nums">{fmt(score)}</Td>
          <Td />
        </tr>
      </tfoot>
    </Table>
  );
}
