import Link from "next/link";
import { fullName } from "@/components/employees/profile-view";
import { PageHeader } from "@/components/ui/layout";
import { t } from "@/lib/i18n";
import type { RecordsOwner } from "@/lib/records/record-queries";

const TABS = [
  { key: "competencies", label: () => t("records.links.competencies") },
  { key: "records", label: () => t("records.links.records") },
] as const;

/** Title, the person, and the two record pages as tabs (with the way back to the profile). */
export function RecordsHeader({ owner, current, title }: { owner: RecordsOwner; current: (typeof TABS)[number]["key"]; title: string }) {
  return (
    <>
      <PageHeader
        title={title}
        description={
          <>
            <Link href={`/employees/${owner.id}`} className="font-medium text-brand-700 hover:underline">
              {fullName(owner)}
            </Link>{" "}
            · <span className="font-mono">{owner.nip}</span> · {owner.position.name} · {owner.unit.name}
          </>
        }
      />
      <nav aria-label={t("records.links.label")} className="mb-4">
        <ul className="flex flex-wrap gap-1">
          {TABS.map((tab) => (
            <li key={tab.key}>
              <Link
                href={`/employees/${owner.id}/${tab.key}`}
                aria-current={tab.key === current ? "page" : undefined}
                className={`block rounded-md px-3 py-1.5 text-sm font-medium ${tab.key === current ? "bg-brand-100 text-brand-900" : "text-slate-700 hover:bg-slate-100"}`}
              >
                {tab.label()}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
