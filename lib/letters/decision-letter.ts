// Surat keputusan (SK) as a PDF: an Indonesian decree layout (kop surat, number, "tentang",
// Menimbang, Mengingat, MEMUTUSKAN, Menetapkan with KESATU/KEDUA, signatory) on A4, drawn with
// pdf-lib's standard fonts. Generic over the kind of decision: the caller supplies the lines.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { AGENCY } from "./agency";

export type DecisionLetter = {
  kind: "promotion" | "placement";
  number: string;
  /** Tanggal ditetapkan. */
  date: Date;
  /** "TENTANG …" line(s), upper case. */
  about: string;
  /** Menimbang: a, b, … */
  considering: string[];
  /** Mengingat; defaults to the agency's legal bases. */
  remembering?: string[];
  /** KESATU: an opening sentence and the label/value lines of the person and the decision. */
  firstIntro: string;
  firstLines: { label: string; value: string }[];
  /** KEDUA. */
  second: string;
  /** Printed under the title "Ditetapkan di …, pada tanggal …". */
  signedDate: string;
};

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 60;
const SIZE = 11;
const LEADING = 15;

// Standard fonts speak WinAnsi only: anything else (arrows, exotic quotes) is replaced, not fatal.
function winAnsi(text: string): string {
  return text.replace(/[→]/g, "->").replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[^\x20-\x7e\u00a0-\u00ff–—•·]/g, "?");
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of winAnsi(text).split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

class Writer {
  page: PDFPage;
  y: number;
  constructor(
    private readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }
  private room(height: number) {
    if (this.y - height < MARGIN) {
      this.page = this.doc.addPage(A4);
      this.y = A4[1] - MARGIN;
    }
  }
  center(text: string, options: { bold?: boolean; size?: number } = {}) {
    const font = options.bold ? this.bold : this.regular;
    const size = options.size ?? SIZE;
    for (const line of wrap(text, font, size, A4[0] - 2 * MARGIN)) {
      this.room(LEADING);
      const width = font.widthOfTextAtSize(line, size);
      this.page.drawText(line, { x: (A4[0] - width) / 2, y: this.y, size, font });
      this.y -= size + 4;
    }
  }
  /** A paragraph with an optional hanging label (e.g. "Menimbang", "a."). */
  block(label: string, text: string, options: { labelWidth?: number; indent?: number; bold?: boolean } = {}) {
    const indent = options.indent ?? 0;
    const labelWidth = options.labelWidth ?? 0;
    const x = MARGIN + indent + labelWidth;
    const font = options.bold ? this.bold : this.regular;
    const lines = wrap(text, font, SIZE, A4[0] - MARGIN - x);
    lines.forEach((line, index) => {
      this.room(LEADING);
      if (index === 0 && label) this.page.drawText(winAnsi(label), { x: MARGIN + indent, y: this.y, size: SIZE, font: this.regular });
      this.page.drawText(line, { x, y: this.y, size: SIZE, font });
      this.y -= LEADING;
    });
  }
  gap(height = LEADING / 2) {
    this.y -= height;
  }
  rule() {
    this.room(6);
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: A4[0] - MARGIN, y: this.y }, thickness: 1.5, color: rgb(0, 0, 0) });
    this.y -= 14;
  }
  right(text: string, options: { bold?: boolean } = {}) {
    this.room(LEADING);
    this.page.drawText(winAnsi(text), { x: A4[0] / 2 + 40, y: this.y, size: SIZE, font: options.bold ? this.bold : this.regular });
    this.y -= LEADING;
  }
}

export async function renderDecisionLetter(letter: DecisionLetter): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(winAnsi(`Keputusan ${letter.number}`));
  doc.setAuthor(winAnsi(`${AGENCY.name} ${AGENCY.government}`));
  doc.setCreationDate(letter.date);
  const w = new Writer(doc, await doc.embedFont(StandardFonts.TimesRoman), await doc.embedFont(StandardFonts.TimesRomanBold));

  // Kop surat.
  w.center(AGENCY.government, { bold: true, size: 14 });
  w.center(AGENCY.name, { bold: true, size: 16 });
  w.center(AGENCY.address, { size: 9 });
  w.rule();

  w.center(`KEPUTUSAN ${AGENCY.head.title}`, { bold: true });
  w.center(`NOMOR ${letter.number}`, { bold: true });
  w.gap();
  w.center(letter.about, { bold: true });
  w.gap();
  w.center(AGENCY.head.title, { bold: true });
  w.gap();

  const labelWidth = 90;
  const letters = "abcdefghijklmnopqrstuvwxyz";
  letter.considering.forEach((text, index) => w.block(index === 0 ? "Menimbang" : "", `${letters[index]}.  ${text}`, { labelWidth }));
  w.gap();
  (letter.remembering ?? AGENCY.legalBases).forEach((text, index) => w.block(index === 0 ? "Mengingat" : "", `${index + 1}.  ${text}`, { labelWidth }));
  w.gap();
  w.center("MEMUTUSKAN:", { bold: true });
  w.gap();
  w.block("Menetapkan", letter.about.replace(/^TENTANG\s+/, "KEPUTUSAN TENTANG "), { labelWidth, bold: true });
  w.gap();
  w.block("KESATU", letter.firstIntro, { labelWidth });
  for (const line of letter.firstLines) w.block(`${line.label}`, `: ${line.value}`, { indent: labelWidth, labelWidth: 140 });
  w.gap();
  w.block("KEDUA", letter.second, { labelWidth });
  w.gap(LEADING * 2);

  w.right(`Ditetapkan di ${AGENCY.place}`);
  w.right(`pada tanggal ${letter.signedDate}`);
  w.gap();
  w.right(AGENCY.head.title.replace(/ PROVINSI .*/, ","), { bold: true });
  w.gap(LEADING * 3);
  w.right(AGENCY.head.name, { bold: true });
  if (AGENCY.head.nip) w.right(`NIP ${AGENCY.head.nip}`);
  return doc.save({ useObjectStreams: false });
}
