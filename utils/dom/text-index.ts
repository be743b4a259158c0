/**
 * A flat view of the readable text under a root node, with a map back to the DOM.
 *
 * The text follows the gold convention of the evaluation corpus: runs of white space
 * collapse to one space, and block elements (p, li, h1 …, br) break lines with "\n".
 * Text inside script, style, form fields, code, editable regions and anything `skip`
 * rejects is left out, so offsets never point into places Dossier must not touch.
 *
 * The walk follows what the reader sees (the flat tree): an element with an open shadow
 * root is read through its shadow tree, a `<slot>` through the nodes assigned to it (or
 * its fallback content), and light children assigned to no slot are not read. Closed
 * shadow roots are the page's private business and stay unread. A span that starts and
 * ends in different trees has no single DOM Range: `toRange` returns null for it.
 *
 * Works on any DOM implementation (browser, happy-dom, linkedom): it uses only
 * `nodeType`, `firstChild`/`nextSibling`, `tagName`, `getAttribute`, `shadowRoot`,
 * `assignedNodes` where present, and `Range`.
 */

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'MATH',
  'HEAD',
  'TITLE',
  'VIDEO',
  'AUDIO',
  // Code listings and samples: "US" in a snippet is not an actor.
  'PRE',
  'CODE',
  'KBD',
  'SAMP',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BODY',
  'HTML',
  'CAPTION',
  'LEGEND',
]);

/** Space, tab, line feed, carriage return, form feed, no-break space: white space to collapse. */
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;

interface Segment {
  node: Text;
  /** Offset in `text` of this node's first kept character. */
  start: number;
  /** Number of characters this node contributes to `text`. */
  length: number;
  /** Raw `node.data` offset of the first kept character, when the kept ones are contiguous. */
  base: number;
  /** Raw `node.data` offset of each kept character, when they are not contiguous. */
  raw: Int32Array | null;
}

export interface TextIndexOptions {
  /** Return true to leave an element and everything under it out of the index. */
  skip?: (el: Element) => boolean;
  /**
   * Stop reading after about this many characters (the rest of the page is left out, as if
   * skipped): bounds the work on pages of megabytes of text.
   */
  maxChars?: number;
}

export interface TextIndex {
  readonly root: Node;
  readonly text: string;
  /** The text nodes the index was built from, in document order. */
  readonly nodes: readonly Text[];
  /** The open shadow roots the text was read through, in document order (empty on most pages). */
  readonly shadowRoots: readonly ShadowRoot[];
  /**
   * A DOM Range covering text[start, end), or null when the span is empty, out of
   * bounds, or covers only line breaks the index inserted.
   */
  toRange(start: number, end: number): Range | null;
  /**
   * The text offset of a DOM point (as in a Selection's anchor or a Range boundary).
   * A point inside skipped or unindexed content maps to the next indexed character;
   * past the end it maps to `text.length`.
   */
  offsetOf(node: Node, offset: number): number;
}

/** True for elements whose content the reader types into: never index or paint them. */
export function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce !== 'false';
}

/** Whether an event's target takes typing (a field or an editable region): keys there are not selection gestures. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!target || !(target as Element).tagName) return false;
  const el = target as Element;
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || isEditable(el);
}

export function buildTextIndex(root: Node, options: TextIndexOptions = {}): TextIndex {
  const maxChars = options.maxChars ?? Infinity;
  const segments: Segment[] = [];
  const parts: string[] = [];
  let length = 0;
  // What the output currently ends with: 'start' (nothing yet), 'space', 'break' or 'char'.
  let tail: 'start' | 'space' | 'break' | 'char' = 'start';
  let breakPending = false;

  const requestBreak = () => {
    breakPending = true;
  };

  const emitBreak = () => {
    if (tail === 'space') {
      // A space right before a line break is not text the reader sees.
      const last = segments[segments.length - 1]!;
      last.length -= 1;
      parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -1);
      length -= 1;
      if (last.length === 0) {
        segments.pop();
        parts.pop();
      }
    }
    parts.push('\n');
    length += 1;
    tail = 'break';
  };

  const addText = (node: Text) => {
    const data = node.data;
    if (!data) return;
    // Kept characters are copied to `out` in stretches (`from` … current), not one by one.
    let out = '';
    let from = -1;
    const copy = (to: number) => {
      if (from >= 0) out += data.slice(from, to);
      from = -1;
    };
    let raw: number[] | null = null;
    let lastWasSpace = tail === 'space' || tail === 'break' || tail === 'start';
    let i = 0;
    for (; i < data.length && length + out.length + (from < 0 ? 0 : i - from) < maxChars; i++) {
      const code = data.charCodeAt(i);
      if (isSpace(code)) {
        // A repeated space, or one right before a pending break, is dropped.
        if (lastWasSpace || (breakPending && tail !== 'start')) {
          copy(i);
          raw ??= identityPrefix(out.length);
          continue;
        }
        if (code === 32) {
          if (from < 0) from = i;
          raw?.push(i);
        } else {
          copy(i);
          raw ??= identityPrefix(out.length);
          raw.push(i);
          out += ' ';
        }
        lastWasSpace = true;
        continue;
      }
      if (breakPending) {
        // Breaks are requested only at element boundaries, so nothing is kept yet here.
        breakPending = false;
        if (tail !== 'start') emitBreak();
      }
      if (from < 0) from = i;
      raw?.push(i);
      lastWasSpace = false;
      tail = 'char';
    }
    copy(i);
    if (out.length) {
      tail = out.endsWith(' ') ? 'space' : 'char';
      flush(node, out, raw);
    }
  };

  const flush = (node: Text, out: string, raw: number[] | null) => {
    if (!out.length) return;
    const contiguous = !raw || isContiguous(raw);
    segments.push({
      node,
      start: length,
      length: out.length,
      base: raw?.[0] ?? 0,
      raw: contiguous ? null : Int32Array.from(raw!),
    });
    parts.push(out);
    length += out.length;
    if (out.endsWith(' ')) tail = 'space';
    else tail = 'char';
  };

  const shadowRoots: ShadowRoot[] = [];

  // Depth-first without recursion: a hostile page may nest elements deeper than the stack.
  // Children come as a sibling chain, or, for a slot, as the list of nodes assigned to it.
  const walk = (top: Node) => {
    const exits: (Node | null)[] = [];
    const exitLists: (Node[] | null)[] = [];
    const exitAt: number[] = [];
    const blocks: boolean[] = [];
    let list: Node[] | null = null;
    let at = 0;
    let child: Node | null = top.firstChild;
    for (;;) {
      while (!child) {
        if (!exits.length) return;
        if (blocks.pop()) requestBreak();
        child = exits.pop()!;
        list = exitLists.pop()!;
        at = exitAt.pop()!;
      }
      if (length >= maxChars) return;
      const node = child;
      child = list ? (list[at++] ?? null) : node.nextSibling;
      if (node.nodeType === 3) {
        addText(node as Text);
      } else if (node.nodeType === 1) {
        const el = node as Element;
        const tag = el.tagName.toUpperCase();
        const block = BLOCK_TAGS.has(tag);
        if (SKIP_TAGS.has(tag) || el.hasAttribute('hidden') || isEditable(el) || options.skip?.(el)) {
          // A left-out block still separates the text around it.
          if (block) requestBreak();
          continue;
        }
        if (block) requestBreak();
        exits.push(child);
        exitLists.push(list);
        exitAt.push(at);
        blocks.push(block);
        const shadow = el.shadowRoot;
        const assigned = tag === 'SLOT' ? slotted(el) : null;
        list = assigned;
        at = 0;
        if (shadow) {
          shadowRoots.push(shadow);
          child = shadow.firstChild;
        } else {
          child = assigned ? (assigned[at++] ?? null) : el.firstChild;
        }
      }
    }
  };

  if (root.nodeType === 3) addText(root as Text);
  else walk(root);

  const text = parts.join('');
  const nodes = segments.map((s) => s.node);
  const byNode = new Map<Node, Segment[]>();
  for (const s of segments) {
    const list = byNode.get(s.node);
    if (list) list.push(s);
    else byNode.set(s.node, [s]);
  }

  const rawAt = (s: Segment, i: number) => (s.raw ? s.raw[i]! : s.base + i);

  /** Index of the segment containing text offset `pos`, or of the first one after it. */
  const segmentAtOrAfter = (pos: number): number => {
    let lo = 0;
    let hi = segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const s = segments[mid]!;
      if (s.start + s.length <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const toRange = (start: number, end: number): Range | null => {
    if (!(start < end) || start < 0 || end > text.length) return null;
    const a = segmentAtOrAfter(start);
    const b = segmentAtOrAfter(end - 1);
    const sa = segments[a];
    if (!sa || sa.start >= end) return null;
    const sb = segments[Math.min(b, segments.length - 1)]!;
    const lastSeg = sb.start > end - 1 ? segments[b - 1]! : sb;
    if (shadowRoots.length && sa.node.getRootNode() !== lastSeg.node.getRootNode()) return null;
    const startIn = Math.max(0, start - sa.start);
    const endIn = Math.min(lastSeg.length, end - lastSeg.start);
    const doc = sa.node.ownerDocument!;
    const range = doc.createRange();
    range.setStart(sa.node, rawAt(sa, startIn));
    range.setEnd(lastSeg.node, rawAt(lastSeg, endIn - 1) + 1);
    return range;
  };

  const offsetOf = (node: Node, offset: number): number => {
    const own = byNode.get(node);
    if (own) {
      for (const s of own) {
        for (let i = 0; i < s.length; i++) if (rawAt(s, i) >= offset) return s.start + i;
      }
      const last = own[own.length - 1]!;
      return last.start + last.length;
    }
    // A container point, or a node the index skipped: find the first indexed text node at
    // or after the point in document order.
    const doc = (node.ownerDocument ?? node) as Document;
    const probe = doc.createRange();
    probe.setStart(node, offset);
    const pointRoot = shadowRoots.length ? node.getRootNode() : null;
    const before = (s: Segment) => {
      let n: Node = s.node;
      if (pointRoot && n.getRootNode() !== pointRoot) {
        // Another tree: a node in a shadow tree stands where its host stands.
        const climbed = inTreeOf(n, node);
        if (climbed.getRootNode() !== pointRoot) return !!(n.compareDocumentPosition(inTreeOf(node, n)) & 4);
        n = climbed;
      }
      // comparePoint: -1 when the node is before the probe point.
      return probe.comparePoint(n, 0) < 0 && !n.contains(node);
    };
    let lo = 0;
    let hi = segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(segments[mid]!)) lo = mid + 1;
      else hi = mid;
    }
    return lo < segments.length ? segments[lo]!.start : text.length;
  };

  return { root, text, nodes, shadowRoots, toRange, offsetOf };
}

function identityPrefix(n: number): number[] {
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}

function isContiguous(raw: number[]): boolean {
  for (let i = 1; i < raw.length; i++) if (raw[i] !== raw[0]! + i) return false;
  return true;
}

/** The nodes a slot shows: those assigned to it, or null to read its fallback children. */
function slotted(el: Element): Node[] | null {
  const assigned = (el as HTMLSlotElement).assignedNodes?.();
  return assigned?.length ? assigned : null;
}

/** `node`, or the host of the shadow root it sits in, climbed until it shares a tree with `other`. */
function inTreeOf(node: Node, other: Node): Node {
  const target = other.getRootNode();
  let n = node;
  for (let root = n.getRootNode(); root !== target && (root as ShadowRoot).host; root = n.getRootNode())
    n = (root as ShadowRoot).host;
  return n;
}
