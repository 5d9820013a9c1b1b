import {
  readPublisherFilters,
  writePublisherFilters,
} from './publisherFilters';

describe('publisher filters in the query string', () => {
  it('reads the known filters and ignores unknown values', () => {
    expect(
      readPublisherFilters(
        new URLSearchParams('q=alpha&category=vendor&state=soon&tab=x'),
      ),
    ).toEqual({ q: 'alpha', category: 'vendor', state: undefined });
  });

  it('writes set filters, removes cleared ones and keeps other parameters', () => {
    const next = writePublisherFilters(
      new URLSearchParams('q=alpha&category=vendor&tab=x'),
      { q: undefined, category: 'exception', state: 'expired' },
    );
    expect(next.toString()).toBe('category=exception&tab=x&state=expired');
  });
});
