const LIMIT = 75;

/**
 * Content lines folded as RFC 5545 §3.1 says: at most 75 octets each (the continuation's leading space
 * included), never inside a UTF-8 sequence. The `ics` package folds at 75 characters, so a line with
 * accented letters or dashes ran to 76–78 octets: its output is unfolded and folded again here.
 */
export function foldOctets(calendar: string): string {
  const unfolded = calendar.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    .map((line) => foldLine(line))
    .join('\r\n');
}

function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= LIMIT) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let room = LIMIT;
  for (const codePoint of line) {
    const size = Buffer.byteLength(codePoint, 'utf8');
    if (octets + size > room) {
      parts.push(current);
      current = '';
      octets = 0;
      room = LIMIT - 1; // the continuation line starts with one space
    }
    current += codePoint;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
