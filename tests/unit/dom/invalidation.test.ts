// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardInvalidation } from '@/utils/dom/invalidation';

// The event name WXT listens for (a private static of the context class).
const STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

describe('guardInvalidation', () => {
  it('ignores a forged "newer copy started" event while the extension lives, and tears down once it is gone', () => {
    let alive = true;
    const ctx = new ContentScriptContext('content', { noScriptStartedPostMessage: true });
    guardInvalidation(ctx, () => alive);
    document.dispatchEvent(new CustomEvent(STARTED, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
    expect(ctx.signal.aborted).toBe(false);
    alive = false;
    document.dispatchEvent(new CustomEvent(STARTED, { detail: { contentScriptName: 'content', messageId: 'newer' } }));
    expect(ctx.signal.aborted).toBe(true);
  });
});
