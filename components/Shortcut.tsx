/**
 * The keyboard shortcut the browser actually assigned to a command, read at run time
 * (`commands.getAll()`): Chrome leaves a suggested key unset when the browser or another
 * extension holds it, and the reader may have changed it. While the answer is pending the
 * hint names no key; an unset command says so and offers the browser's shortcut page.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

type Assigned = { status: 'loading' } | { status: 'set'; keys: string } | { status: 'unset' };

export function useShortcut(command: string): Assigned {
  const [assigned, setAssigned] = useState<Assigned>({ status: 'loading' });
  useEffect(() => {
    browser.commands
      .getAll()
      .then((all) => {
        const keys = all.find((c) => c.name === command)?.shortcut;
        setAssigned(keys ? { status: 'set', keys } : { status: 'unset' });
      })
      .catch(() => setAssigned({ status: 'unset' }));
  }, [command]);
  return assigned;
}

/** Opens where the browser lets the reader set extension shortcuts. */
export function openShortcutSettings(): void {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  // Firefox has a call for its page; Chrome's page is an internal address a tab may open.
  if (commands.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/**
 * "press <kbd>Alt+Shift+M</kbd>", or, with no shortcut set, a button to set one. `verb`
 * starts the phrase ("press"), so the sentence around it reads the same in both cases.
 */
export function ShortcutHint({ command, verb = 'press' }: { command: string; verb?: string }) {
  const assigned = useShortcut(command);
  if (assigned.status === 'set') {
    return (
      <>
        {verb} <kbd>{assigned.keys}</kbd>
      </>
    );
  }
  if (assigned.status === 'loading') return <>{verb} the shortcut</>;
  return (
    <>
      {verb} a shortcut – none is set:{' '}
      <button type="button" class="inline-link" onClick={openShortcutSettings}>
        choose one
      </button>{' '}
      –
    </>
  );
}
