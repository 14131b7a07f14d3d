import Link from "next/link";
import { Badge, Card, DetailList } from "@/components/ui/layout";
import { Table, Td, Th } from "@/components/ui/table";
import { EDUCATION_LABELS } from "@/lib/domain/education";
import { formatDate, formatDateTime, formatNumber, t } from "@/lib/i18n";
import type { PositionDetail } from "@/lib/positions/queries";
import { positionTypeLabel } from "./position-table";

const KINDS = ["MANAJERIAL", "SOSIAL_KULTURAL", "TEKNIS"] as const;

function Requirements({ position }: { position: PositionDetail }) {
  return (
    <DetailList
      items={[
        { label: t("positions.type"), value: positionTypeLabel(position) },
        { label: t("positions.grade"), value: t("positions.gradeValue", { grade: position.grade }) },
        {
          label: t("positions.unit"),
          value: (
            <Link className="text-brand-700 hover:underline" href={`/positions?unit=${position.unit.id}`}>
              {position.unit.name}
            </Link>
          ),
        },
        { label: t("positions.minRank"), value: position.minRank ? `${position.minRank.code} ${position.minRank.name}` : t("positions.noRequirement") },
        { label: t("positions.minEducation"), value: position.minEducation ? EDUCATION_LABELS[position.minEducation] : t("positions.noRequirement") },
        {
          label: t("positions.formationVsHolders"),
          value: t("positions.formationValue", { holders: formatNumber(position._count.holders), formation: formatNumber(position.formation) }),
        },
        { label: t("positions.status"), value: position.active ? <Badge tone="brand">{t("positions.active")}</Badge> : <Badge tone="warning">{t("positions.inactive")}</Badge> },
        { label: t("positions.updatedAt"), value: formatDateTime(position.updatedAt) },
      ]}
    />
  );
}

function Standard({ position }: { position: PositionDetail }) {
  if (position.competencies.length === 0) return <p className="text-sm text-slate-600">{t("positions.standardEmpty")}</p>;
  return (
    <div className="space-y-4">
      {KINDS.map((kind) => {
        const rows = position.competencies.filter((row) => row.competency.kind === kind);
        if (!rows.length) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h3 id={`kind-${kind}`} className="mb-1 text-sm font-semibold text-slate-700">
              {t(`enums.competencyKind.${kind}`)}
            </h3>
            <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
              {rows.map((row) => (
                <li key={row.competency.id} className="flex flex-wrap items-baseline justify-between gap-2 px-3 py-2 text-sm">
                  <span>
                    <span className="mr-2 font-mono text-xs text-slate-500">{row.competency.code}</span>
                    {row.competency.name}
                  </span>
                  <span className="whitespace-nowrap text-slate-700">{t("positions.levelValue", { level: row.requiredLevel, max: row.competency.maxLevel })}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function Holders({ position }: { position: PositionDetail }) {
  const total = position._count.holders;
  if (total === 0) return <p className="text-sm text-slate-600">{t("positions.holdersEmpty")}</p>;
  return (
    <>
      <p className="mb-2 text-sm text-slate-600">{t("positions.holdersShown", { shown: formatNumber(position.holders.length), total: formatNumber(total) })}</p>
      <Table caption={t("positions.currentHolders")}>
        <thead>
          <tr>
            <Th>{t("positions.holderName")}</Th>
            <Th>{t("positions.holderNip")}</Th>
            <Th>{t("positions.holderRank")}</Th>
            <Th>{t("positions.holderTmt")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {position.holders.map((holder) => (
            <tr key={holder.id}>
              <Td>
                <Link className="font-medium text-brand-700 hover:underline" href={`/employees/${holder.id}`}>
                  {[holder.frontTitle, holder.name].filter(Boolean).join(" ")}
                  {holder.backTitle ? `, ${holder.backTitle}` : ""}
                </Link>
              </Td>
              <Td className="font-mono text-xs">{holder.nip}</Td>
              <Td>{holder.rank?.code ?? t("common.dash")}</Td>
              <Td className="whitespace-nowrap">{formatDate(holder.positionTmt)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}

/** Requirements, competency standard by kind, and who holds the position now. */
export function PositionDetailView({ position }: { position: PositionDetail }) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title={t("positions.requirements")}>
        <Requirements position={position} />
      </Card>
      <Card title={t("positions.standard")}>
        <Standard position={position} />
      </Card>
      <Card title={t("positions.currentHolders")} className="lg:col-span-2">
        <Holders position={position} />
      </Card>
    </div>
  );
}
