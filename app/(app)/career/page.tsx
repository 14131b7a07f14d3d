import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CareerView } from "@/components/career/career-view";
import { TargetChooser } from "@/components/career/target-chooser";
import { TargetClearForm } from "@/components/career/target-form";
import { fullName } from "@/components/employees/profile-view";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/layout";
import { getCreditSummary } from "@/lib/appraisal-admin/credit-queries";
import { getCareerPath } from "@/lib/career/career-queries";
import { ZTargetSearch } from "@/lib/career/schemas";
import { searchTargetPositions, suggestTargetPositions } from "@/lib/career/target-queries";
import { t } from "@/lib/i18n";
import { single } from "@/lib/route-params";
import { authorize } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("career.title") };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SAVED = { target: "career.saved.target", cleared: "career.saved.cleared" } as const;

export default async function CareerPage({ searchParams }: Props) {
  const user = await requireUser();
  authorize(user, "career.own");
  const query = await searchParams;
  const search = ZTargetSearch.parse({ q: single(query.q), page: single(query.page) });
  const [path, credit, found, suggestions] = await Promise.all([
    getCareerPath(user, user.employeeId),
    getCreditSummary(user, user.employeeId),
    search.q ? searchTargetPositions(user, search) : Promise.resolve(null),
    search.q ? Promise.resolve([]) : suggestTargetPositions(user),
  ]);
  if (!path) notFound();
  const saved = single(query.saved);
  const savedKey = saved === "target" || saved === "cleared" ? SAVED[saved] : null;
  const expected = path.target ? String(path.target.position.id) : "";
  return (
    <>
      <PageHeader title={t("career.title")} description={`${fullName(path.profile)} · ${t("career.description")}`} />
      {savedKey ? (
        <div className="mb-4">
          <FormMessage tone="success" message={t(savedKey)} />
        </div>
      ) : null}
      <CareerView
        path={path}
        credit={credit}
        self
        chooser={<TargetChooser search={found && search.q ? { q: search.q, ...found } : null} suggestions={suggestions} expected={expected} />}
        clear={path.target ? <TargetClearForm expected={expected} /> : undefined}
      />
    </>
  );
}
