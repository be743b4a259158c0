/**
 * The commonest kinds of error in an evaluation, each with its commonest surfaces: a
 * kind is a short label ("extra ORG: no gold span there"), a surface the text at fault.
 * Ties are broken by the label, so the listing is stable from run to run.
 */
export interface ErrorCase {
  kind: string;
  surface: string;
}

/** The `top` kinds by count, as lines "count × kind: surface ×n, …" (three surfaces each). */
export function errorKinds(cases: readonly ErrorCase[], top = 10): string[] {
  const kinds = new Map<string, Map<string, number>>();
  for (const c of cases) {
    const surfaces = kinds.get(c.kind) ?? new Map<string, number>();
    surfaces.set(c.surface, (surfaces.get(c.surface) ?? 0) + 1);
    kinds.set(c.kind, surfaces);
  }
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return [...kinds]
    .sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([kind, surfaces]) => {
      const examples = [...surfaces]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 3)
        .map(([s, n]) => (n > 1 ? `"${s}" ×${n}` : `"${s}"`));
      return `${String(total(surfaces)).padStart(5)} × ${kind}: ${examples.join(', ')}`;
    });
}
