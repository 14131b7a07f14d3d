import Link from "next/link";
import { Badge } from "@/components/ui/layout";
import { DEFAULT_POTENTIAL_THRESHOLDS, followUp, isTalentPool, KINERJA_LEVELS, nineBox, POTENTIAL_LEVELS, type Box } from "@/lib/domain/talent/nine-box";
import { formatNumber, t } from "@/lib/i18n";
import type { NineBoxGrid } from "@/lib/talent/grid-queries";

/** Colour only repeats what the text says (box number, "Talent pool"): the pool green, box 1 red. */
function tone(box: Box): string {
  if (isTalentPool(box)) return "border-brand-300 bg-brand-50 hover:bg-brand-100";
  if (box === 1) return "border-red-200 bg-red-50 hover:bg-red-100";
  return "border-slate-200 bg-white hover:bg-slate-50";
}

export function boxHref(box: Box, year: number, unitId: number | null): string {
  const query = new URLSearchParams({ year: String(year) });
  if (unitId) query.set("unit", String(unitId));
  return `/talent/box/${box}?${query.toString()}`;
}

/**
 * The 3×3 grid as a real table: kinerja rows top-down (di atas → di bawah), potensial columns left to
 * right (rendah → tinggi), each with a header a screen reader announces with the cell. A cell links
 * to the people in it. Scrolls sideways on a phone rather than squeezing.
 */
export function NineBoxGridTable({ grid }: { grid: NineBoxGrid }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[40rem] table-fixed border-separate border-spacing-2 text-sm">
        <caption className="sr-only">{t("talent.grid.caption", { year: grid.year })}</caption>
        <thead>
          <tr>
            <td className="w-36 p-2 text-xs font-medium text-slate-500">{t("talent.grid.corner")}</td>
            {POTENTIAL_LEVELS.map((level) => (
              <th key={level} scope="col" className="p-2 text-center text-xs font-semibold uppercase tracking-wide text-slate-600">
                {t("talent.grid.column", { level: t(`talent.potential.${level}`).toLowerCase() })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {KINERJA_LEVELS.map((kinerja) => (
            <tr key={kinerja}>
              <th scope="row" className="p-2 text-left align-middle text-xs font-semibold uppercase tracking-wide text-slate-600">
                {t("talent.grid.row", { level: t(`talent.kinerja.${kinerja}`).toLowerCase() })}
              </th>
              {POTENTIAL_LEVELS.map((potential) => {
                const box = nineBox(kinerja, potential);
                const n = grid.cells[box];
                return (
                  <td key={potential} className="p-0 align-top">
                    <Link
                      href={boxHref(box, grid.year, grid.unitId)}
                      aria-label={t("talent.grid.open", { box, n: formatNumber(n) })}
                      className={`flex h-full min-h-28 flex-col gap-1 rounded-md border p-3 focus:outline-none focus:ring-2 focus:ring-brand-600 ${tone(box)}`}
                    >
                      <span className="flex items-center justify-between gap-2">
                        <span className="font-semibold text-slate-900">{t("talent.grid.box", { box })}</span>
                        {isTalentPool(box) ? <Badge tone="brand">{t("talent.grid.pool")}</Badge> : null}
                      </span>
                      <span className="text-2xl font-semibold tabular-nums text-slate-900">{formatNumber(n)}</span>
                      <span className="text-xs text-slate-600">{t(`talent.followUp.${followUp(box)}`)}</span>
                    </Link>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** How many are placed, and who is missing what (so HR knows whom to assess). */
export function GridSummary({ grid }: { grid: NineBoxGrid }) {
  const { menengah, tinggi } = DEFAULT_POTENTIAL_THRESHOLDS;
  return (
    <div className="mt-4 space-y-1 text-sm text-slate-700">
      <p className="font-medium text-slate-900">{t("talent.grid.summary", { placed: formatNumber(grid.placed), total: formatNumber(grid.total), year: grid.year })}</p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          {t("talent.grid.noPotential", { n: formatNumber(grid.noPotential) })}{" "}
          {grid.noPotential > 0 ? (
            <Link href={`/talent/people?missing=potential${grid.unitId ? `&unit=${grid.unitId}` : ""}`} className="font-medium text-brand-700 hover:underline">
              {t("talent.grid.noPotentialLink")}
            </Link>
          ) : null}
        </li>
        <li>{t("talent.grid.noPredikat", { n: formatNumber(grid.noPredikat), year: grid.year })}</li>
      </ul>
      <p className="pt-2 text-xs text-slate-500">{t("talent.grid.thresholds", { menengah, tinggi })}</p>
      <p className="text-xs text-slate-500">{t("talent.grid.kinerjaRule")}</p>
      <p className="text-xs text-slate-500">{t("talent.grid.yearRule", { year: grid.year })}</p>
    </div>
  );
}
