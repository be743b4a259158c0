/**
 * Text helpers for reading the knowledge-base sources: CSV (RFC 4180, quoted fields with
 * commas and line breaks), bytes that are UTF-8 with stray Latin-1/cp1252 bytes, HTML inside
 * Factbook fields, surnames written in capitals ("Friedrich MERZ"), accent folding.
 * Pure; no I/O.
 */

/** Rows of a CSV text; a BOM is dropped, an empty trailing line gives no row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** CSV rows as objects keyed by the header row. */
export function csvRecords(text: string): Record<string, string>[] {
  const [head, ...rows] = parseCsv(text);
  if (!head) return [];
  return rows.filter((r) => r.some(Boolean)).map((r) => Object.fromEntries(head.map((h, k) => [h.trim(), (r[k] ?? '').trim()])));
}

// cp1252's 0x80–0x9f; other bytes ≥ 0xa0 are Latin-1 as they stand.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * UTF-8 text in which a byte sequence that is not valid UTF-8 is read as cp1252 (how
 * files with a few Latin-1 bytes among UTF-8 are meant). Valid UTF-8 reads as UTF-8.
 */
export function decodeMixed(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let out = '';
    for (let i = 0; i < bytes.length;) {
      const b = bytes[i];
      const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
      let ok = len > 0 && i + len <= bytes.length;
      for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
      if (ok) {
        out += new TextDecoder().decode(bytes.subarray(i, i + len));
        i += len;
      } else {
        out += b >= 0x80 && b < 0xa0 ? CP1252[b - 0x80] : String.fromCharCode(b);
        i++;
      }
    }
    return out;
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Plain text of an HTML fragment: `<br>` and block ends become `sep`, tags go, entities decode. */
export function stripHtml(html: string, sep = '\n'): string {
  return html
    .replace(/<br\s*\/?>|<\/p>|<\/li>/gi, sep)
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[\da-f]+|\w+);/gi, (m, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
        : (ENTITIES[e.toLowerCase()] ?? m),
    )
    .replace(/\u00a0/g, ' ');
}

/** Accents and marks removed ("Xhaçka" → "Xhacka"). */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/** The matching key of a name: folded, lowercased, spaces collapsed. */
export const nameKey = (s: string) =>
  fold(s)
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

const CAPS_WORD = /^[\p{Lu}\p{M}'’.-]{2,}$/u;

/** A word in capitals as a name is written: "MERZ" → "Merz", "MCCONNELL" → "McConnell", "AL-SISI" → "Al-Sisi". */
export function titleWord(word: string): string {
  if (!CAPS_WORD.test(word) || !/\p{Lu}.*\p{Lu}/u.test(word)) return word;
  const lower = word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
  return lower.replace(/^Mc(\p{L})/u, (_m, c: string) => `Mc${c.toUpperCase()}`);
}

/** Every word in capitals of a name turned to title case ("Edi RAMA" → "Edi Rama"). */
export const fixCapitals = (name: string) => name.split(' ').map(titleWord).join(' ');
