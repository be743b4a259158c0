import { describe, expect, it } from 'vitest';
import { readsFrame } from '@/utils/dom/frames';

/** A window-like object: its own `top`, and a `frameElement` that may throw. */
function frame(frameElement: () => unknown, top?: object): Window {
  const win = {} as Record<string, unknown>;
  Object.defineProperty(win, 'top', { get: () => top ?? win });
  Object.defineProperty(win, 'frameElement', { get: frameElement });
  return win as unknown as Window;
}

describe('readsFrame', () => {
  const top = {};

  it('reads the top frame', () => {
    expect(readsFrame(frame(() => null))).toBe(true);
  });

  it('reads a child frame of the same origin as its parent (its frame element is visible)', () => {
    expect(readsFrame(frame(() => ({ tagName: 'IFRAME' }), top))).toBe(true);
  });

  it('leaves a cross-origin child frame: no frame element, or one that throws', () => {
    expect(readsFrame(frame(() => null, top))).toBe(false);
    expect(
      readsFrame(
        frame(() => {
          throw new Error('SecurityError');
        }, top),
      ),
    ).toBe(false);
  });
});
