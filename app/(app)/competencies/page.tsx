import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CompetencyTable } from "@/components/competencies/competency-table";
import { LinkButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { listCompetencies } from "@/lib/competencies/queries";
import { COMPETENCY_KINDS, ZCompetencyFilters } from "@/lib/competencies/schemas";
import { t } from "@/lib/i18n";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("competencies.title") };

const SAVED: Record<string, string> = {
  created: t("competencies.saved.created"),
  updated: t("competencies.saved.updated"),
  deleted: t("competencies.saved.deleted"),
};

export default async function CompetenciesPage({ searchParams }: { searchParams: Promise<{ kind?: string; saved?: string }> }) {
  const user = await requireUser();
  if (!can(user, "competency.manage")) notFound();
  const raw = await searchParams;
  const { kind } = ZCompetencyFilters.parse(raw);
  const rows = await listCompetencies({ kind });
  const add = <LinkButton href="/competencies/new">{t("competencies.new")}</LinkButton>;
  const tab = (value: string | undefined, label: string) => (
    <li key={value ?? "all"}>
      <Link
        href={value ? `/competencies?kind=${value}` : "/competencies"}
        aria-current={kind === value ? "page" : undefined}
        className={`block rounded-md px-3 py-1.5 text-sm font-medium ${kind === value ? "bg-brand-100 text-brand-900" : "text-slate-700 hover:bg-slate-100"}`}
      >
        {label}
      </Link>
    </li>
  );
  return (
    <>
      <PageHeader title={t("competencies.title")} description={t("competencies.description")} actions={add} />
      <div className="mb-4 empty:hidden">
        <FormMessage tone="success" message={raw.saved ? SAVED[raw.saved] : undefined} />
      </div>
      <nav aria-label={t("competencies.filterKind")} className="mb-4">
        <ul className="flex flex-wrap gap-1">
          {tab(undefined, t("competencies.allKinds"))}
          {COMPETENCY_KINDS.map((value) => tab(value, t(`enums.competencyKind.${value}`)))}
        </ul>
      </nav>
      {rows.length ? (
        <CompetencyTable rows={rows} />
      ) : (
        <EmptyState title={kind ? t("competencies.emptyKind") : t("competencies.empty")} body={t("competencies.emptyBody")} action={add} />
      )}
    </>
  );
}
