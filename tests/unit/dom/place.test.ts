// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { el, placeNear } from '@/utils/dom/place';

const viewport = { width: 1000, height: 800 };
const box = { width: 300, height: 200 };
const rect = (left: number, top: number, height = 20) => ({ left, top, bottom: top + height });

describe('placeNear', () => {
  it('puts the box below the anchor when it fits there', () => {
    expect(placeNear(rect(100, 100), box, viewport, { gap: 6, margin: 4 })).toEqual({ left: 100, top: 126 });
  });

  it('puts it above when it would leave the viewport below and there is room above', () => {
    expect(placeNear(rect(100, 700), box, viewport, { gap: 8, margin: 8 })).toEqual({ left: 100, top: 492 });
  });

  it('stays below, kept inside the top margin, when there is no room above either', () => {
    expect(placeNear(rect(100, 150), { width: 300, height: 700 }, viewport, { gap: 6, margin: 4 })).toEqual({
      left: 100,
      top: 176,
    });
    expect(placeNear({ left: 0, top: -50, bottom: -30 }, box, viewport, { gap: 6, margin: 4 })).toEqual({ left: 8, top: 4 });
  });

  it('keeps 8 px from the left and right edges', () => {
    expect(placeNear(rect(900, 100), box, viewport, { gap: 6, margin: 4 }).left).toBe(692);
    expect(placeNear(rect(-40, 100), box, viewport, { gap: 6, margin: 4 }).left).toBe(8);
  });
});

describe('el', () => {
  it('builds an element with a class and text, each optional', () => {
    const p = el(document, 'p', 'card-meta', 'Person · Defense Secretary');
    expect([p.tagName, p.className, p.textContent]).toEqual(['P', 'card-meta', 'Person · Defense Secretary']);
    const bare = el(document, 'div');
    expect([bare.className, bare.textContent]).toEqual(['', '']);
  });
});
