import { describe, expect, it } from 'vitest';
import { highlightCss } from '@/utils/highlight/palette';
import { luminance, parseColor } from '@/utils/highlight/page-theme';

describe('highlightCss', () => {
  it('has a rule per kind for both painting paths, and mark rules only where marks paint', () => {
    const css = highlightCss({ dark: false, marks: true });
    const highlightOnly = highlightCss({ dark: false });
    for (const kind of ['person', 'organization', 'country', 'group', 'topic', 'note', 'focus']) {
      expect(css).toContain(`::highlight(dossier-${kind})`);
      expect(css).toContain(`mark[data-dossier="${kind}"]`);
      expect(highlightOnly).toContain(`::highlight(dossier-${kind})`);
    }
    expect(highlightOnly).not.toContain('mark');
    expect(css).toMatch(/::highlight\(dossier-topic\) \{[^}]*underline/);
  });

  it('ignores colours that are not #RRGGBB so a setting cannot inject CSS', () => {
    const css = highlightCss({ dark: true, palette: { person: 'red; } body { display:none' } });
    expect(css).not.toContain('display:none');
    expect(css).toContain('rgb(230 159 0 / 0.45)');
  });
});

describe('page theme', () => {
  it('parses computed colours and orders luminance', () => {
    expect(parseColor('rgb(255, 255, 255)')).toEqual([255, 255, 255, 1]);
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseColor('rgb(17 17 17 / 50%)')).toEqual([17, 17, 17, 0.5]);
    expect(parseColor('transparent')).toBeNull();
    expect(luminance([255, 255, 255])).toBeCloseTo(1);
    expect(luminance([20, 20, 20])).toBeLessThan(0.35);
  });
});
