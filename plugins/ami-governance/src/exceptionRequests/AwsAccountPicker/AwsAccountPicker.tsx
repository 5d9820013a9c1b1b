import { describeAccountIdInput } from '@ami-governance/backstage-plugin-ami-governance-common';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { useState } from 'react';
import { useAccountSuggestions } from '../useAccountSuggestions';
import { useExceptionRequestContext } from '../useExceptionRequestContext';
import { describeSuggestion } from '../accountSuggestions';
import { AwsAccountInput } from '../AwsAccountInput';
import { AwsAccountStanding } from './AwsAccountStanding';

/**
 * `ui:field: AwsAccountPicker`: the 12-digit AWS account ID, with a plain-language message as it is
 * typed, suggestions from the organization snapshot (name and OU) and the catalog
 * (`amazonaws.com/account-id`), and, once complete, what a request for it would be.
 */
export function AwsAccountPicker(props: FieldExtensionComponentProps<string>) {
  const {
    formData,
    onChange,
    schema,
    rawErrors = [],
    required,
    idSchema,
  } = props;
  const [typed, setTyped] = useState(formData ?? '');
  const suggestions = useAccountSuggestions(typed);
  const id = typed.trim();
  const check = describeAccountIdInput(id);
  const context = useExceptionRequestContext(check.ok ? id : undefined);
  const known = suggestions.suggestions.find(s => s.id === id);

  const choose = (value: string) => {
    setTyped(value);
    onChange(value.trim() || undefined);
  };

  return (
    <>
      <AwsAccountInput
        id={idSchema?.$id}
        label={schema.title ?? 'AWS account ID'}
        value={typed}
        onChange={choose}
        suggestions={suggestions}
        required={required}
        error={rawErrors.length > 0}
        helperText={id && !check.ok ? check.message : schema.description}
      />
      {check.ok && context.value?.account && (
        <AwsAccountStanding
          standing={context.value.account}
          known={known && describeSuggestion(known)}
        />
      )}
    </>
  );
}
