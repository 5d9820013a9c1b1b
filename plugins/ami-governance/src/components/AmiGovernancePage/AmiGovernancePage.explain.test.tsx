import { fireEvent, screen, within } from '@testing-library/react';
import { renderPage } from '../../__testUtils__/renderPage';

describe('AmiGovernancePage: Can I launch this?', () => {
  beforeEach(() =>
    jest.useFakeTimers({ now: new Date('2026-11-23T12:00:00Z') }),
  );
  afterEach(() => jest.useRealTimers());

  it("asks from the page and opens the explainer's page with the question", async () => {
    await renderPage();
    const form = within(
      await screen.findByRole('form', { name: 'Can I launch this?' }),
    );
    // The compact form leaves region and date to the explainer's page.
    expect(form.queryByRole('textbox', { name: /Region/ })).toBeNull();
    fireEvent.change(form.getByRole('textbox', { name: /AWS account ID/ }), {
      target: { value: '210987654321' },
    });
    fireEvent.change(form.getByRole('textbox', { name: /AMI ID/ }), {
      target: { value: 'ami-0123456789abcdef0' },
    });
    fireEvent.click(form.getByRole('button', { name: 'Explain' }));
    expect(screen.getByTestId('location')).toHaveTextContent(
      '/ami-governance/explain',
    );
    expect(screen.getByTestId('query-string')).toHaveTextContent(
      '?accountId=210987654321&imageId=ami-0123456789abcdef0',
    );
  });

  it('links to the explainer for region, date and more', async () => {
    await renderPage();
    expect(
      (await screen.findByText('Region, date and more')).closest('a'),
    ).toHaveAttribute('href', '/ami-governance/explain');
  });
});
