import { describe, expect, it } from 'vitest';
import { normalizeUrl, siteOf } from '@/utils/url/normalize';

describe('normalizeUrl', () => {
  it('drops the fragment and tracking parameters, keeps the rest in order', () => {
    expect(normalizeUrl('https://WWW.Example.com/world/a?id=7&utm_source=x&page=2&fbclid=abc#comments')).toBe(
      'https://www.example.com/world/a?id=7&page=2',
    );
  });
  it('returns a non-URL unchanged rather than losing it', () => {
    expect(normalizeUrl('  not a url ')).toBe('not a url');
  });
  it('names the site without www', () => {
    expect(siteOf('https://www.example.org/x')).toBe('example.org');
    expect(siteOf('nope')).toBe('');
  });
});
