// Evidence uploads: what a file really is (its first bytes, never the name or the browser's claim),
// the size limit, and a safe download name. Pure, so the rules are unit-tested without a server.

export const MAX_EVIDENCE_BYTES = 2 * 1024 * 1024;

export type EvidenceType = { mimeType: "application/pdf" | "image/png" | "image/jpeg" | "image/webp"; extension: string };

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];

/** The accepted type the bytes are, or null (an HTML page renamed to .pdf is null). */
export function sniffEvidence(bytes: Uint8Array): EvidenceType | null {
  if (startsWith(bytes, PDF)) return { mimeType: "application/pdf", extension: "pdf" };
  if (startsWith(bytes, PNG)) return { mimeType: "image/png", extension: "png" };
  if (startsWith(bytes, JPEG)) return { mimeType: "image/jpeg", extension: "jpg" };
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return { mimeType: "image/webp", extension: "webp" };
  return null;
}

const EXTENSIONS: Record<EvidenceType["mimeType"], readonly string[]> = {
  "application/pdf": ["pdf"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/webp": ["webp"],
};

/**
 * The stored name: no folders, no control or quote characters, at most 200 characters, and an
 * extension that matches the real type (so a download opens in the right program).
 */
export function evidenceFilename(original: string, type: EvidenceType): string {
  const base = original.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|*?:]/g, "").replace(/\s+/g, " ").trim();
  const dot = cleaned.lastIndexOf(".");
  const ext = dot > 0 ? cleaned.slice(dot + 1).toLowerCase() : "";
  const stem = (dot > 0 ? cleaned.slice(0, dot) : cleaned) || "bukti";
  const keepExt = EXTENSIONS[type.mimeType].includes(ext) ? ext : type.extension;
  return `${stem.slice(0, 200 - keepExt.length - 1)}.${keepExt}`;
}
