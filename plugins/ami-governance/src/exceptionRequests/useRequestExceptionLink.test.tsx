import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { requestExceptionRouteRef } from '../routes';
import { useRequestExceptionLink } from './useRequestExceptionLink';

function Links() {
  const link = useRequestExceptionLink();
  return (
    <>
      <output data-testid="empty">{link()}</output>
      <output data-testid="account">{link('777788889999')}</output>
    </>
  );
}

describe('useRequestExceptionLink', () => {
  it("follows the app's binding of the external route to the scaffolder", async () => {
    await renderInTestApp(<Links />, {
      mountedRoutes: {
        '/portal/create/templates/:namespace/:templateName':
          requestExceptionRouteRef,
      },
    });
    expect(screen.getByTestId('empty')).toHaveTextContent(
      '/portal/create/templates/default/request-ami-exception',
    );
    expect(screen.getByTestId('account').textContent).toBe(
      `/portal/create/templates/default/request-ami-exception?formData=${encodeURIComponent(
        '{"accountId":"777788889999"}',
      )}`,
    );
  });

  it("uses the scaffolder's default path when the app binds nothing", async () => {
    await renderInTestApp(<Links />);
    expect(screen.getByTestId('empty')).toHaveTextContent(
      '/create/templates/default/request-ami-exception',
    );
  });
});
