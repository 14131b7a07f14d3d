import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { changedKeys } from "@/lib/audit/diff";
import type { AuditRow } from "@/lib/audit/queries";
import { formatDateTime, t } from "@/lib/i18n";
import { JsonBlock } from "./json-diff";

// Where an audited record can be opened; other types (users, sign-ins) have no page of their own.
const ENTITY_LINKS: Record<string, (id: string) => string> = {
  Employee: (id) => `/employees/${id}`,
  Position: (id) => `/positions/${id}`,
  OrgUnit: (id) => `/org-units/${id}/edit`,
  Competency: (id) => `/competencies/${id}/edit`,
};

function Entity({ row }: { row: AuditRow }) {
  const link = row.entityId ? ENTITY_LINKS[row.entityType] : undefined;
  const label = row.entityId ? `${row.entityType} #${row.entityId}` : row.entityType;
  // Deleted records would 404, so only non-delete rows link.
  if (!link || !row.entityId || row.action.endsWith(".delete")) return <>{label}</>;
  return (
    <Link className="text-brand-700 hover:underline" href={link(row.entityId)}>
      {label}
    </Link>
  );
}

function Changes({ row }: { row: AuditRow }) {
  if (row.before === null && row.after === null) return <span className="text-slate-500">{t("common.dash")}</span>;
  const changed = changedKeys(row.before, row.after);
  const marked = new Set(changed);
  return (
    <details className="group">
      <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("audit.showChanges")}</summary>
      <div className="mt-2 w-[min(80vw,48rem)] space-y-2">
        {changed.length ? <p className="text-xs text-slate-700">{t("audit.changedKeys", { keys: changed.join(", ") })}</p> : null}
        <div className="grid gap-2 md:grid-cols-2">
          <JsonBlock label={t("audit.before")} value={row.before} changed={marked} />
          <JsonBlock label={t("audit.after")} value={row.after} changed={marked} />
        </div>
      </div>
    </details>
  );
}

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return (
    <Table caption={t("audit.tableCaption")}>
      <thead>
        <tr>
          <Th>{t("audit.time")}</Th>
          <Th>{t("audit.who")}</Th>
          <Th>{t("audit.what")}</Th>
          <Th>{t("audit.entity")}</Th>
          <Th>{t("audit.changes")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id}>
            <Td className="whitespace-nowrap">
              <time dateTime={row.at.toISOString()}>{formatDateTime(row.at)}</time>
            </Td>
            <Td>
              {row.actor ? (
                <>
                  <span className="block">{row.actor.name}</span>
                  <span className="block font-mono text-xs text-slate-500">{row.actor.nip}</span>
                </>
              ) : (
                <span className="text-slate-600">{t("audit.system")}</span>
              )}
            </Td>
            <Td className="whitespace-nowrap font-mono text-xs">{row.action}</Td>
            <Td className="whitespace-nowrap">
              <Entity row={row} />
            </Td>
            <Td>
              <Changes row={row} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
