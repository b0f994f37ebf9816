import { describe, expect, it } from 'vitest';
import { tempCore } from '../support/temp-core';
import { listenClosedAfterEach } from './support/hostile-site';

const site = listenClosedAfterEach();

describe('connecting a site that moved', () => {
  it('answers the new address for the user to confirm, and stores nothing', async () => {
    const old = await site((_req, res) => {
      res.writeHead(301, { Location: `http://www.localhost:${old.port}/` });
      res.end();
    });
    const core = tempCore();
    const answer = await core.dispatch('connectSite', { name: 'Moved', url: `http://localhost:${old.port}`, username: 'editor', password: 'abcd efgh ijkl mnop qrst uvwx', allowUnprotectedStorage: true });
    expect(answer).toEqual({ ok: true, value: { movedTo: `http://www.localhost:${old.port}` } });
    expect(await core.dispatch('listSites', {})).toEqual({ ok: true, value: [] });
    expect(old.received.map((r) => [r.url, r.authorization])).toEqual([['/', undefined]]);
  });
});
