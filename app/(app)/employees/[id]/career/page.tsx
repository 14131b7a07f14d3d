import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CareerView } from "@/components/career/career-view";
import { fullName } from "@/components/employees/profile-view";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/layout";
import { getCreditSummary } from "@/lib/appraisal-admin/credit-queries";
import { getCareerPath } from "@/lib/career/career-queries";
import { t } from "@/lib/i18n";
import { idParam } from "@/lib/route-params";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("career.link") };

type Props = { params: Promise<{ id: string }> };

/**
 * The career path of another person, for HR and the person's supervisors: the read scope is in the
 * query (lib/employees/scope.ts), so anyone outside it gets the not-found page. Read-only: only the
 * person chooses their jabatan target, on /career.
 */
export default async function EmployeeCareerPage({ params }: Props) {
  const user = await requireUser();
  const id = await idParam(params);
  const [path, credit] = await Promise.all([getCareerPath(user, id), getCreditSummary(user, id)]);
  if (!path) notFound();
  return (
    <>
      <PageHeader
        title={t("career.titleOf", { name: fullName(path.profile) })}
        description={`${path.profile.position.name} · ${path.profile.unit.name}`}
        actions={
          <LinkButton variant="secondary" href={`/employees/${id}`}>
            {t("career.backToProfile")}
          </LinkButton>
        }
      />
      <CareerView path={path} credit={credit} self={id === user.employeeId} />
    </>
  );
}
