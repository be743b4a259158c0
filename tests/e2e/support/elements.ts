/**
 * Finding elements in Dossier's own pages (popup, options, notebook) the way a reader and
 * assistive technology name them — by role and accessible name, by label, by visible
 * text — with one page function both drivers run, so a scenario names an element once.
 *
 * Names: a string matches as a case-sensitive substring (`exact` for the whole name), a
 * RegExp as a test. Roles cover what Dossier's pages use (button, tab, region, combobox,
 * textbox, searchbox, status, alert, link, dialog); a `role` attribute wins over the tag's
 * implicit role. Role, label and text targets see only rendered elements (`within`: the
 * element named there and its descendants); a plain CSS selector sees every match, rendered
 * or not. The first match is the one acted on.
 */

/** A pattern that survives serialisation into the page. */
interface Pattern {
  source: string;
  flags: string;
  /** The whole name, when it must match exactly. */
  exact?: string;
}

export type Target =
  | string
  | { css: string; within: Target }
  | { role: string; name?: string | RegExp; exact?: boolean; within?: Target }
  | { label: string | RegExp; exact?: boolean; within?: Target }
  | { text: string | RegExp; within?: Target };

/** A target as sent into the page: patterns instead of strings and RegExps. */
export type SentTarget =
  | { css: string; within?: SentTarget }
  | { role: string; name?: Pattern; within?: SentTarget }
  | { label: Pattern; within?: SentTarget }
  | { text: Pattern; within?: SentTarget };

const pattern = (p: string | RegExp, exact = false): Pattern =>
  typeof p === 'string'
    ? { source: p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags: '', exact: exact ? p : undefined }
    : { source: p.source, flags: p.flags };

export function sendable(t: Target): SentTarget {
  if (typeof t === 'string') return { css: t };
  const within = t.within === undefined ? undefined : sendable(t.within);
  if ('css' in t) return { css: t.css, within };
  if ('role' in t) return { role: t.role, name: t.name === undefined ? undefined : pattern(t.name, t.exact), within };
  if ('label' in t) return { label: pattern(t.label, t.exact), within };
  return { text: pattern(t.text), within };
}

export type ElementOp =
  | { op: 'count' }
  | { op: 'exists' }
  | { op: 'text' }
  | { op: 'texts' }
  | { op: 'attr'; name: string }
  | { op: 'disabled' }
  | { op: 'focus' }
  | { op: 'select-all' }
  | { op: 'choose'; value?: string; label?: string }
  | { op: 'box' };

/**
 * Runs one operation on the elements a target names, inside the page. Self-contained (the
 * drivers serialise it alone). Throws when an operation needs an element and none matches.
 */
export function onElements({ target, op }: { target: SentTarget; op: ElementOp }): unknown {
  const test = (p: Pattern, s: string) => {
    const norm = s.replace(/\s+/g, ' ').trim();
    if (p.exact !== undefined) return norm === p.exact;
    return new RegExp(p.source, p.flags).test(norm);
  };
  const shown = (el: Element) => el.getClientRects().length > 0 && !el.closest('[hidden], [aria-hidden=true]');
  const roleOf = (el: Element): string => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit;
    const named = el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby');
    switch (el.tagName) {
      case 'BUTTON':
        return 'button';
      case 'SELECT':
        return 'combobox';
      case 'TEXTAREA':
        return 'textbox';
      case 'A':
        return el.hasAttribute('href') ? 'link' : '';
      case 'SECTION':
        return named ? 'region' : '';
      case 'OUTPUT':
        return 'status';
      case 'DIALOG':
        return 'dialog';
      case 'INPUT': {
        const type = (el as HTMLInputElement).type;
        if (type === 'search') return 'searchbox';
        if (['button', 'submit', 'reset'].includes(type)) return 'button';
        return ['text', 'email', 'url', ''].includes(type) ? 'textbox' : type;
      }
      default:
        return '';
    }
  };
  const labelOf = (el: Element): string => {
    const aria = el.getAttribute('aria-label');
    if (aria) return aria;
    const by = el.getAttribute('aria-labelledby');
    if (by)
      return by
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    const labels = (el as HTMLInputElement).labels;
    return labels ? [...labels].map((l) => l.textContent ?? '').join(' ') : '';
  };
  const nameOf = (el: Element) => labelOf(el) || (el as HTMLElement).innerText || el.textContent || '';
  const find = (t: SentTarget, root: ParentNode): Element[] => {
    const scope = 'within' in t && t.within ? find(t.within, root)[0] : root;
    if (!scope) return [];
    if ('css' in t) return [...scope.querySelectorAll(t.css)];
    // The scope itself is a candidate too: text right inside it matches it.
    const all = [...(scope instanceof Element ? [scope] : []), ...scope.querySelectorAll('*')].filter(shown);
    if ('role' in t) return all.filter((el) => roleOf(el) === t.role && (!t.name || test(t.name, nameOf(el))));
    if ('label' in t)
      return all.filter((el) => ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName) && test(t.label, labelOf(el)));
    // The innermost elements whose text matches, as a reader would point at them.
    const hits = all.filter((el) => !['SCRIPT', 'STYLE'].includes(el.tagName) && test(t.text, el.textContent ?? ''));
    return hits.filter((el) => !hits.some((other) => other !== el && el.contains(other)));
  };
  const found = find(target, document);
  if (op.op === 'count') return found.length;
  if (op.op === 'exists') return found.length > 0;
  if (op.op === 'texts') return found.map((el) => (el as HTMLElement).innerText || el.textContent);
  const el = found[0] as HTMLElement | undefined;
  if (!el) throw new Error(`no element for ${JSON.stringify(target)}`);
  switch (op.op) {
    case 'text':
      return el.innerText;
    case 'attr':
      return el.getAttribute(op.name);
    case 'disabled':
      return (el as HTMLButtonElement).disabled === true;
    case 'focus':
      el.focus();
      return document.activeElement === el;
    case 'select-all':
      el.focus();
      (el as HTMLInputElement).select?.();
      return document.activeElement === el;
    case 'choose': {
      const select = el as HTMLSelectElement;
      const option = [...select.options].find((o) => (op.value !== undefined ? o.value === op.value : o.label === op.label));
      if (!option) throw new Error(`no option ${op.value ?? op.label}`);
      select.value = option.value;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return option.value;
    }
    case 'box': {
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    }
  }
}
