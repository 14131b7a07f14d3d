import { Badge, Card } from "@/components/ui/layout";
import { ActionsTh, Table, Td, Th } from "@/components/ui/table";
import { formatDate, t } from "@/lib/i18n";
import { deleteAssessmentAction } from "@/lib/records/actions";
import type { AssessmentEntry, CompetencyGroup, CompetencyLine } from "@/lib/records/competency-groups";
import { ConfirmDeleteForm } from "./confirm-delete-form";

/** The person whose rows HR may delete; null = read-only (the person, their supervisors). */
type Manage = { employeeId: number } | null;

function LevelBadge({ line }: { line: CompetencyLine }) {
  if (!line.latest) return <Badge tone="warning">{t("records.assessment.notAssessed")}</Badge>;
  const short = line.requiredLevel !== null && line.latest.level < line.requiredLevel;
  return <Badge tone={short ? "warning" : "brand"}>{t("records.assessment.levelOf", { level: line.latest.level, max: line.competency.maxLevel })}</Badge>;
}

function EntryRow({ line, entry, latest, manage }: { line: CompetencyLine; entry: AssessmentEntry; latest: boolean; manage: Manage }) {
  const name = line.competency.name;
  return (
    <tr className={latest ? "bg-white" : "bg-slate-50/60 text-slate-600"}>
      {/* relative: the visually hidden name stays inside the table's scroll box on a phone. */}
      <Td className="relative">
        {latest ? (
          <>
            <span className="font-medium text-slate-900">{name}</span>
            <span className="block font-mono text-xs text-slate-500">{line.competency.code}</span>
          </>
        ) : (
          <span className="pl-3 text-xs">
            <span className="sr-only">{name}: </span>
            {t("records.assessment.earlier")}
          </span>
        )}
      </Td>
      <Td className="whitespace-nowrap">{latest ? <LevelBadge line={line} /> : t("records.assessment.levelOf", { level: entry.level, max: line.competency.maxLevel })}</Td>
      <Td className="whitespace-nowrap">{latest && line.requiredLevel !== null ? line.requiredLevel : latest ? t("common.dash") : null}</Td>
      <Td className="whitespace-nowrap">{formatDate(entry.assessedOn)}</Td>
      <Td>{entry.source}</Td>
      <Td className="max-w-xs break-words">{entry.notes ?? t("common.dash")}</Td>
      {manage ? (
        <Td>
          <ConfirmDeleteForm
            action={deleteAssessmentAction.bind(null, manage.employeeId, entry.id)}
            message={t("records.assessment.deleteConfirm", { name, level: entry.level, date: formatDate(entry.assessedOn) })}
            accessibleLabel={t("records.assessment.deleteOf", { name, date: formatDate(entry.assessedOn) })}
          />
        </Td>
      ) : null}
    </tr>
  );
}

/** Per kind: each competency's latest result highlighted (what gap analysis uses), older results under it. */
export function CompetencyTables({ groups, manage }: { groups: CompetencyGroup[]; manage: Manage }) {
  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <Card key={group.kind} title={t(`enums.competencyKind.${group.kind}`)}>
          <Table caption={t("records.assessment.caption", { kind: t(`enums.competencyKind.${group.kind}`) })}>
            <thead>
              <tr>
                <Th>{t("records.assessment.competency")}</Th>
                <Th>{t("records.assessment.level")}</Th>
                <Th>{t("records.assessment.required")}</Th>
                <Th>{t("records.assessment.assessedOn")}</Th>
                <Th>{t("records.assessment.source")}</Th>
                <Th>{t("records.assessment.notes")}</Th>
                {manage ? (
                  <ActionsTh />
                ) : null}
              </tr>
            </thead>
            {group.lines.map((line) => (
              <tbody key={line.competency.id} className="border-t border-slate-200">
                {line.latest ? (
                  <EntryRow line={line} entry={line.latest} latest manage={manage} />
                ) : (
                  <tr>
                    <Td>
                      <span className="font-medium text-slate-900">{line.competency.name}</span>
                      <span className="block font-mono text-xs text-slate-500">{line.competency.code}</span>
                    </Td>
                    <Td>
                      <LevelBadge line={line} />
                    </Td>
                    <Td>{line.requiredLevel ?? t("common.dash")}</Td>
                    <td colSpan={manage ? 4 : 3} className="px-3 py-2 align-top text-slate-600">
                      {t("records.assessment.notAssessedBody")}
                    </td>
                  </tr>
                )}
                {line.history.map((entry) => (
                  <EntryRow key={entry.id} line={line} entry={entry} latest={false} manage={manage} />
                ))}
              </tbody>
            ))}
          </Table>
        </Card>
      ))}
    </div>
  );
}
