import { subtitleOf } from './TemplateWizardPage';

describe('subtitleOf', () => {
  it('keeps the first sentence, without Markdown links', () => {
    expect(
      subtitleOf(
        "Allow an AWS account's own AMIs for a limited time (migration, vendor proof of concept or\nemergency). Opens a merge request. [The policy](https://x) says more.",
      ),
    ).toBe(
      "Allow an AWS account's own AMIs for a limited time (migration, vendor proof of concept or emergency).",
    );
    expect(subtitleOf('[Docs](https://x) without a full stop')).toBe(
      'Docs without a full stop',
    );
    expect(subtitleOf(undefined)).toBeUndefined();
  });
});
