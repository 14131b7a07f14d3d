// How a refused mutation reaches a form (lib/server/action.ts failureState): a refusal tied to a
// field is shown beside that field once, with a pointer above the form; other refusals keep their
// sentence at the top; anything unexpected becomes the generic message and never the error itself.
import { afterEach, describe, expect, it, vi } from "vitest";
import { failureState } from "../../../lib/server/action";
import { AppError, fieldError } from "../../../lib/server/errors";

afterEach(() => vi.restoreAllMocks());

describe("failureState", () => {
  it("points to the field when the refusal belongs to one, keeping the sentence beside it and the typed values", () => {
    const state = failureState(fieldError("periodTmt", "Sudah ada periode dengan TMT ini."), { periodTmt: "2027-04-01" });
    expect(state).toEqual({
      ok: false,
      message: "Periksa kembali isian yang ditandai.",
      fieldErrors: { periodTmt: ["Sudah ada periode dengan TMT ini."] },
      values: { periodTmt: "2027-04-01" },
    });
  });

  it("keeps the sentence of a refusal that belongs to no field", () => {
    expect(failureState(new AppError("CONFLICT", "Data telah diubah orang lain."))).toMatchObject({ ok: false, message: "Data telah diubah orang lain." });
  });

  it("hides an unexpected error behind the generic message", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const state = failureState(new Error("relation \"x\" does not exist"));
    expect(state.message).not.toContain("relation");
    expect(state.ok).toBe(false);
  });
});
