/** The form's overall outcome, announced to screen readers (role=alert for errors, status otherwise). */
export function FormMessage({ message, tone }: { message?: string; tone: "error" | "success" }) {
  if (!message) return null;
  const styles = tone === "error" ? "border-red-200 bg-red-50 text-red-800" : "border-brand-200 bg-brand-50 text-brand-900";
  return (
    <div role={tone === "error" ? "alert" : "status"} data-testid={`form-${tone}`} className={`rounded-md border px-4 py-3 text-sm ${styles}`}>
      {message}
    </div>
  );
}
