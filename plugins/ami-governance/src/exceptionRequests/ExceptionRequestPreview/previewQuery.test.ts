import { previewQueryOf } from './previewQuery';

describe('previewQueryOf', () => {
  const form = {
    accountId: '999900001111',
    exceptionType: 'migration',
    expiresOn: '2027-01-31',
  };

  it('passes the image names the form narrows the request to, blanks left out', () => {
    expect(
      previewQueryOf({ ...form, imageNames: ['legacy-*', ' ', 'etl-*'] }),
    ).toMatchObject({ imageNames: ['legacy-*', 'etl-*'] });
  });

  it('sends no image names when none is given', () => {
    expect(previewQueryOf({ ...form, imageNames: [''] })).not.toHaveProperty(
      'imageNames',
    );
    expect(previewQueryOf(form)).not.toHaveProperty('imageNames');
  });
});
