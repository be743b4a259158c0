/**
 * The install prompt asks only for what a feature uses (issue #16 item 9) and private
 * windows are refused (item 7): checked on the manifest both builds are made from.
 */
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

type ManifestFn = (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Record<string, unknown>;

describe.each([
  ['chrome', 3],
  ['firefox', 2],
] as const)('%s manifest', (browser, manifestVersion) => {
  const manifest = (config.manifest as ManifestFn)({ browser, manifestVersion, mode: 'production', command: 'build' });

  it('asks for web pages only, and for no tabs or storage permission', () => {
    expect(manifest.permissions).toEqual(['unlimitedStorage', 'scripting', 'contextMenus']);
    expect(manifest.host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  it('is not allowed in private windows', () => {
    expect(manifest.incognito).toBe('not_allowed');
  });
});
