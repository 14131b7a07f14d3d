import { describe, expect, it } from "vitest";
import { evidenceFilename, sniffEvidence } from "@/lib/appraisals/evidence";
import { attachmentDisposition } from "@/lib/server/download";

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

describe("sniffEvidence", () => {
  it.each([
    ["PDF", text("%PDF-1.7\n..."), "application/pdf"],
    ["PNG", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), "image/png"],
    ["JPEG", bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), "image/jpeg"],
    ["WebP", new Uint8Array([...text("RIFF"), 1, 2, 3, 4, ...text("WEBPVP8 ")]), "image/webp"],
  ])("recognises %s by its first bytes", (_name, data, mime) => {
    expect(sniffEvidence(data)?.mimeType).toBe(mime);
  });

  it.each([
    ["an HTML page", text("<!doctype html><script>alert(1)</script>")],
    ["an SVG (can carry script)", text('<svg xmlns="http://www.w3.org/2000/svg"></svg>')],
    ["a RIFF file that is not WebP (WAV)", new Uint8Array([...text("RIFF"), 1, 2, 3, 4, ...text("WAVE")])],
    ["a truncated PNG signature", bytes(0x89, 0x50, 0x4e)],
    ["an empty file", bytes()],
    ["a ZIP (docx)", bytes(0x50, 0x4b, 0x03, 0x04)],
  ])("refuses %s", (_name, data) => {
    expect(sniffEvidence(data)).toBeNull();
  });
});

describe("evidenceFilename", () => {
  const png = { mimeType: "image/png", extension: "png" } as const;
  const jpeg = { mimeType: "image/jpeg", extension: "jpg" } as const;
  it("drops folders and characters that break headers or file systems", () => {
    expect(evidenceFilename('../../etc/"bukti"\u0000 rapat.png', png)).toBe("bukti rapat.png");
    expect(evidenceFilename("C:\\Users\\siti\\foto.JPEG", jpeg)).toBe("foto.jpeg");
  });
  it("gives the real extension when the name claims another type", () => {
    expect(evidenceFilename("laporan.pdf", png)).toBe("laporan.png");
    expect(evidenceFilename("", png)).toBe("bukti.png");
  });
  it("keeps the name within 200 characters", () => {
    expect(evidenceFilename(`${"a".repeat(300)}.png`, png)).toHaveLength(200);
  });
});

describe("attachmentDisposition", () => {
  it("always says attachment, with an ASCII fallback and the exact UTF-8 name", () => {
    expect(attachmentDisposition("Bukti ṣalat.pdf")).toBe(`attachment; filename="Bukti _alat.pdf"; filename*=UTF-8''Bukti%20%E1%B9%A3alat.pdf`);
  });
});
