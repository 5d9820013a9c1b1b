import { describeAccountIdInput } from '@ami-governance/backstage-plugin-ami-governance-common';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { FormHelperText, TextField, Typography } from '@material-ui/core';
import { Autocomplete } from '@material-ui/lab';
import { useState } from 'react';
import { useAccountSuggestions } from '../../hooks/useAccountSuggestions';
import { useExceptionRequestContext } from '../../hooks/useExceptionRequestContext';
import {
  AccountSuggestion,
  describeSuggestion,
} from '../../lib/accountSuggestions';
import { AwsAccountStanding } from './AwsAccountStanding';

/**
 * `ui:field: AwsAccountPicker`: the 12-digit AWS account ID, with a plain-language message as it is
 * typed, suggestions from the organization snapshot (name and OU) and the catalog
 * (`aws.amazon.com/account-id`), and, once complete, what a request for it would be.
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
  const { suggestions, loading, organizationNote } =
    useAccountSuggestions(typed);
  const id = typed.trim();
  const check = describeAccountIdInput(id);
  const context = useExceptionRequestContext(check.ok ? id : undefined);
  const known = suggestions.find(s => s.id === id);

  const choose = (value: string) => {
    setTyped(value);
    onChange(value.trim() || undefined);
  };

  return (
    <>
      <Autocomplete<AccountSuggestion | string, false, false, true>
        freeSolo
        options={suggestions}
        loading={loading}
        filterOptions={options => options}
        inputValue={typed}
        onInputChange={(_, value, reason) => {
          if (reason !== 'reset') choose(value);
        }}
        onChange={(_, value) => {
          if (value) choose(typeof value === 'string' ? value : value.id);
        }}
        getOptionLabel={option =>
          typeof option === 'string' ? option : option.id
        }
        renderOption={option =>
          typeof option === 'string' ? (
            option
          ) : (
            <div>
              <Typography variant="body2">
                <code>{option.id}</code>
              </Typography>
              <Typography variant="caption" color="textSecondary">
                {describeSuggestion(option)}
              </Typography>
            </div>
          )
        }
        renderInput={params => (
          <TextField
            {...params}
            id={idSchema?.$id}
            label={schema.title ?? 'AWS account ID'}
            required={required}
            margin="normal"
            error={rawErrors.length > 0}
            inputProps={{ ...params.inputProps, inputMode: 'numeric' }}
            helperText={id && !check.ok ? check.message : schema.description}
          />
        )}
      />
      {organizationNote && <FormHelperText>{organizationNote}</FormHelperText>}
      {check.ok && context.value?.account && (
        <AwsAccountStanding
          standing={context.value.account}
          known={known && describeSuggestion(known)}
        />
      )}
    </>
  );
}
