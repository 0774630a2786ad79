/**
 * A one-page PDF holding one line of text, with a correct cross-reference table: the smallest file
 * a PDF reader (and an ATS's resume parser) accepts. Made in code so no binary sits in the tree.
 */

/** The bytes of a valid one-page PDF showing `line` (ASCII; parentheses and backslashes are escaped). */
export function minimalPdf(line: string): Buffer {
  const text = line.replace(/[\\()]/g, (char) => `\\${char}`);
  const stream = `BT /F1 14 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = body.length;
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * A stretch of `bytes`' base64 that encodes `marker` (which must occur in them): base64 of a file
 * shows none of its text, so a leak check needs the encoded form to find the file itself.
 */
export function base64Needle(bytes: Buffer, marker: string): string {
  const at = bytes.indexOf(marker, 0, 'latin1');
  if (at < 0) throw new RangeError(`marker not in the bytes: ${marker}`);
  // Base64 maps each 3-byte group to 4 characters: start at the first whole group inside the marker.
  const group = Math.ceil(at / 3);
  const whole = Math.floor((at + marker.length) / 3) - group;
  return bytes.toString('base64').slice(group * 4, (group + whole) * 4);
}
