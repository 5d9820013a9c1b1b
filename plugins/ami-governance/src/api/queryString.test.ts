import { queryString, serializeQuery } from './queryString';

describe('queryString', () => {
  it('leaves out unset and empty parameters, and answers nothing when none is set', () => {
    expect(queryString({ a: undefined, b: '' })).toBe('');
    expect(queryString({ a: 'x', b: '', c: 2, d: undefined })).toBe('?a=x&c=2');
  });

  it('percent-encodes every reserved character, a space as %20', () => {
    expect(queryString({ q: "a b+c!'()*:/?#[]@$&,;=" })).toBe(
      '?q=a%20b%2Bc%21%27%28%29%2A%3A%2F%3F%23%5B%5D%40%24%26%2C%3B%3D',
    );
  });

  it('repeats the name of an array parameter once per value', () => {
    expect(serializeQuery({ provider: ['a b', '2'], q: 'x' })).toBe(
      'provider=a%20b&provider=2&q=x',
    );
    expect(serializeQuery({ provider: [] })).toBe('');
  });
});
