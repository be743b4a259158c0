/**
 * Keeps a page from switching Dossier off. WXT's content-script context tears itself down
 * when it sees a "newer copy started" event on `document`, an event any page script can
 * dispatch once it knows the extension's id. A real successor appears only when the
 * extension was reloaded or updated, and then this copy's extension context is gone
 * (`runtime.id` is undefined); while it is still there, the event is a forgery and is
 * ignored.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function guardInvalidation(
  ctx: ContentScriptContext,
  extensionAlive: () => boolean = () => browser.runtime?.id != null,
): void {
  const invalidate = ctx.notifyInvalidated.bind(ctx);
  ctx.notifyInvalidated = () => {
    if (!extensionAlive()) invalidate();
  };
}
