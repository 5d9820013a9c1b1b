import { requestExceptionLink } from './exceptionRequestLink';

describe('requestExceptionLink', () => {
  it('pre-fills the template parameter accountId through formData', () => {
    const link = requestExceptionLink('777788889999');
    const url = new URL(link, 'https://portal.example.com');
    expect(url.pathname).toBe(
      '/create/templates/default/request-ami-exception',
    );
    expect(JSON.parse(url.searchParams.get('formData')!)).toEqual({
      accountId: '777788889999',
    });
  });

  it('opens the empty form without an account', () => {
    expect(requestExceptionLink()).toBe(
      '/create/templates/default/request-ami-exception',
    );
  });
});
