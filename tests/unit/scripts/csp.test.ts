import { describe, expect, it } from 'vitest';
import {
  buildCsp,
  hostedCsp,
  inlineBlocks,
  insertCspMeta,
  sha256Source,
  standaloneCsp,
} from '../../../scripts/csp';

describe('Content-Security-Policy', () => {
  it('hosted: no inline script, no eval, same-origin connections, no plugins, its own style by hash', () => {
    expect(hostedCsp('<html><head></head></html>')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'",
    );
    expect(hostedCsp('<html><head><style>a{}</style><script>x()</script></head></html>')).toBe(
      `default-src 'self'; script-src 'self'; style-src 'self' ${sha256Source('a{}')}; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'`,
    );
    expect(buildCsp({ a: ["'x'"], b: [] })).toBe("a 'x'; b");
  });

  it('standalone: allows exactly its own inline script and style by hash', () => {
    const html =
      '<html><head><meta charset="UTF-8" /><script type="module">go()</script><style>a{}</style><script src="x.js"></script></head></html>';
    expect(inlineBlocks(html)).toEqual({ scripts: ['go()'], styles: ['a{}'] });
    expect(sha256Source('go()')).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    const policy = standaloneCsp(html);
    expect(policy).toContain(`script-src ${sha256Source('go()')};`);
    expect(policy).toContain(`style-src ${sha256Source('a{}')};`);
    expect(policy).not.toMatch(/unsafe/);
    expect(insertCspMeta(html, "a 'b'")).toContain(
      '<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="a \'b\'" />',
    );
  });
});
