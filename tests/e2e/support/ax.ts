/**
 * Reading Dossier's in-page UI, which lives in a closed shadow root that page scripts
 * and DOM-based locators cannot enter, through Chromium's accessibility tree: what a
 * screen reader gets. Waits poll the tree until the dialog is as awaited, or fail.
 */
import type { CDPSession, Page } from 'playwright-core';
import { vi } from 'vitest';

interface AXNode {
  nodeId: string;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
  backendDOMNodeId?: number;
}

export interface AxDialog {
  /** All names in the dialog's subtree, in tree order, joined by newlines. */
  text: string;
  /** Clicks the button with this accessible name inside the dialog. */
  click(button: string): Promise<void>;
}

async function tree(cdp: CDPSession): Promise<Map<string, AXNode>> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  return new Map(nodes.map((n) => [n.nodeId, n]));
}

async function session(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  return cdp;
}

const isDialog = (name: string) => (n: AXNode) => n.role?.value === 'dialog' && n.name?.value === name;

/** Waits until no dialog with this accessible name is left (the card has closed). */
export async function axNoDialog(page: Page, name: string, timeoutMs = 10_000): Promise<void> {
  const cdp = await session(page);
  await vi.waitFor(
    async () => {
      if ([...(await tree(cdp)).values()].some(isDialog(name))) throw new Error(`dialog "${name}" still open`);
    },
    { timeout: timeoutMs, interval: 100 },
  );
}

/**
 * Waits for a dialog with this accessible name (and, with `until`, for its text to pass that
 * check, since parts such as the notes line arrive after the card opens) and returns its
 * text and a clicker.
 */
export async function axDialog(
  page: Page,
  name: string,
  { until = () => true, timeoutMs = 10_000 }: { until?: (text: string) => boolean; timeoutMs?: number } = {},
): Promise<AxDialog> {
  const cdp = await session(page);
  return vi.waitFor(
    async () => {
      const nodes = await tree(cdp);
      const dialog = [...nodes.values()].find(isDialog(name));
      if (!dialog) throw new Error(`no dialog "${name}"`);
      const sub: AXNode[] = [];
      const walk = (id: string) => {
        const n = nodes.get(id);
        if (!n) return;
        sub.push(n);
        n.childIds?.forEach(walk);
      };
      walk(dialog.nodeId);
      const text = sub
        .filter((n) => n.role?.value === 'StaticText')
        .map((n) => n.name?.value ?? '')
        .join('\n');
      if (!until(text)) throw new Error(`dialog "${name}" not as awaited: ${text}`);
      return {
        text,
        async click(button: string) {
          const target = sub.find((n) => n.role?.value === 'button' && n.name?.value === button);
          if (!target?.backendDOMNodeId) throw new Error(`no button "${button}" in dialog "${name}"`);
          const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: target.backendDOMNodeId })) as {
            model: { border: number[] };
          };
          const [x1, y1, , , x3, y3] = model.border;
          await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
        },
      };
    },
    { timeout: timeoutMs, interval: 200 },
  );
}
