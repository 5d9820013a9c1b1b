import express from 'express';
import request from 'supertest';
import { answerKey, AnswerInputs, ResponseCache } from './responseCache';
import { serializeAnswer, serializedOnce } from './serializedOnce';
import { answerEtag, serializeWithEtag } from './answerEtag';

const INPUTS: AnswerInputs = {
  configRevision: '2026-11-23T06:00:00.000Z|',
  snapshotGeneration: 4,
  collectionGeneration: 7,
  day: '2026-11-23',
  collectionErrors: [null, null],
};
const REQUEST = {
  method: 'GET',
  path: '/readiness',
  query: { offset: '50', limit: '50' },
};

describe('answerKey', () => {
  const key = answerKey(REQUEST, INPUTS);

  it.each([
    ['the config read', { configRevision: '2026-11-23T06:05:00.000Z|' }],
    [
      'a failed config read',
      { configRevision: '2026-11-23T06:00:00.000Z|2026-11-23T06:05:00.000Z' },
    ],
    ['the organization snapshot', { snapshotGeneration: 5 }],
    ['no organization snapshot', { snapshotGeneration: null }],
    ['the workload collection', { collectionGeneration: 8 }],
    ['the day', { day: '2026-11-24' }],
    [
      'the organization collection error',
      { collectionErrors: ['AccessDenied', null] },
    ],
    [
      'the workload collection error',
      { collectionErrors: [null, 'AccessDenied'] },
    ],
  ] as [string, Partial<AnswerInputs>][])('changes with %s', (_, change) => {
    expect(answerKey(REQUEST, { ...INPUTS, ...change })).not.toBe(key);
  });

  it('changes with the route, its path parameters, the query and what only one answer depends on', () => {
    expect(answerKey({ ...REQUEST, path: '/impact' }, INPUTS)).not.toBe(key);
    expect(
      answerKey({ ...REQUEST, path: '/accounts/210987654321' }, INPUTS),
    ).not.toBe(
      answerKey({ ...REQUEST, path: '/accounts/310987654321' }, INPUTS),
    );
    expect(
      answerKey({ ...REQUEST, query: { offset: '100', limit: '50' } }, INPUTS),
    ).not.toBe(key);
    expect(
      answerKey(REQUEST, INPUTS, { requestedBy: 'user:default/a' }),
    ).not.toBe(answerKey(REQUEST, INPUTS, { requestedBy: 'user:default/b' }));
    // Repeated values keep their order: the answer lists them in that order.
    expect(
      answerKey({ ...REQUEST, query: { provider: ['1', '2'] } }, INPUTS),
    ).not.toBe(
      answerKey({ ...REQUEST, query: { provider: ['2', '1'] } }, INPUTS),
    );
  });

  it('is the same for the same query written in another order', () => {
    expect(
      answerKey({ ...REQUEST, query: { limit: '50', offset: '50' } }, INPUTS),
    ).toBe(key);
  });
});

describe('serializedOnce', () => {
  it('writes a shared part once and gives the same JSON and ETag as the plain answer', () => {
    const coverage = { collectedAccountIds: ['210987654321', '310987654321'] };
    let reads = 0;
    const counted = {
      get collectedAccountIds() {
        reads++;
        return coverage.collectedAccountIds;
      },
    };
    const shared = serializedOnce(counted);
    expect(serializedOnce(counted)).toBe(shared);
    const pages = [0, 50].map(offset => ({ offset, coverage: shared }));
    const plain = pages.map(p => ({ ...p, coverage }));
    expect(pages.map(serializeAnswer)).toEqual(
      plain.map(p => JSON.stringify(p)),
    );
    expect(pages.map(answerEtag)).toEqual(plain.map(answerEtag));
    expect(reads).toBe(1);
  });

  it('leaves text that only looks like a part alone', () => {
    const answer = { name: '\u0000serialized-once:1' };
    expect(serializeAnswer(answer)).toBe(JSON.stringify(answer));
  });
});

describe('serializeWithEtag', () => {
  it.each([
    [
      'with readAt and no config error',
      { readAt: 'T1', configError: null, a: [1] },
    ],
    ['without readAt', { a: 1 }],
    ['with an empty rest', { readAt: 'T1' }],
    [
      'with a config error',
      { readAt: 'T1', configError: { message: 'm', occurredAt: 'T0' }, a: 1 },
    ],
    ['an array', [1, 2]],
  ])('%s: the body says the answer, the ETag is answerEtag', (_, answer) => {
    const { body, etag } = serializeWithEtag(answer);
    expect(JSON.parse(body)).toEqual(answer);
    expect(etag).toBe(answerEtag(answer));
  });
});

describe('ResponseCache compression', () => {
  const app = express();
  const cache = new ResponseCache();
  let builds = 0;
  const big = { items: Array.from({ length: 400 }, (_, i) => `workload-${i}`) };
  app.get('/big', (req, res) =>
    cache.send(req, res, 'big', () => {
      builds++;
      return big;
    }),
  );
  app.get('/small', (req, res) =>
    cache.send(req, res, 'small', () => ({ ok: 1 })),
  );

  it('gzips a large answer off the event loop once, for every request that arrives meanwhile', async () => {
    const asked = () => request(app).get('/big').set('Accept-Encoding', 'gzip');
    const answers = await Promise.all([asked(), asked(), asked()]);
    for (const res of answers) {
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.body).toEqual(big);
      expect(res.headers.etag).toBe(answers[0].headers.etag);
    }
    expect(builds).toBe(1);
    // Later requests are sent the kept bytes; one that takes no gzip gets the plain body.
    expect((await asked()).body).toEqual(big);
    const plain = await request(app)
      .get('/big')
      .set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toEqual(big);
  });

  it('sends a small answer as it is: compressing it costs more than it saves', async () => {
    const res = await request(app).get('/small').set('Accept-Encoding', 'gzip');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toEqual({ ok: 1 });
  });
});
