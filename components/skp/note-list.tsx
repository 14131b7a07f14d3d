import { EmptyState } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import type { listNotes } from "@/lib/appraisals/plan-queries";
import { formatDate, formatDateTime, t } from "@/lib/i18n";

type Notes = Awaited<ReturnType<typeof listNotes>>;

/** Feedback and dialog kinerja on the record, newest first, a page at a time. */
export function NoteList({ notes, skpId, employeeId }: { notes: Notes; skpId: number; employeeId: number }) {
  if (notes.total === 0) return <EmptyState title={t("skp.notes.empty")} />;
  return (
    <div>
      <ol className="space-y-3">
        {notes.rows.map((note) => (
          <li key={note.id} className="rounded-md border border-slate-200 p-3 text-sm">
            <p className="text-xs text-slate-500">
              <time dateTime={note.date.toISOString().slice(0, 10)}>{formatDate(note.date)}</time> · {note.author.name} (
              {note.author.id === employeeId ? t("skp.notes.byEmployee") : t("skp.notes.byRater")}) ·{" "}
              <span title={t("skp.notes.recordedAt")}>{formatDateTime(note.createdAt)}</span>
            </p>
            <p className="mt-1 whitespace-pre-line break-words text-slate-800">{note.text}</p>
          </li>
        ))}
      </ol>
      <Pagination page={notes.page} pageSize={notes.pageSize} total={notes.total} params={{}} basePath={`/skp/${skpId}`} />
    </div>
  );
}
