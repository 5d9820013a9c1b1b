import { FormHelperText, TextField, Typography } from '@material-ui/core';
import { Autocomplete } from '@material-ui/lab';
import type { ReactNode } from 'react';
import type { useAccountSuggestions } from '../useAccountSuggestions';
import { AccountSuggestion, describeSuggestion } from '../accountSuggestions';

type AwsAccountInputProps = {
  id?: string;
  label: string;
  /** What is typed; every keystroke and every suggestion picked goes to `onChange`. */
  value: string;
  onChange: (value: string) => void;
  /** The suggestions for `value` (from `useAccountSuggestions`, which the caller may also read). */
  suggestions: ReturnType<typeof useAccountSuggestions>;
  required?: boolean;
  error?: boolean;
  helperText?: ReactNode;
};

/**
 * A 12-digit AWS account ID typed freely, with suggestions from the organization snapshot (name and
 * OU) and the catalog (`amazonaws.com/account-id`); says so when the organization cannot suggest.
 */
export function AwsAccountInput(props: AwsAccountInputProps) {
  const { id, label, value, onChange, required, error, helperText } = props;
  const { suggestions, loading, organizationNote } = props.suggestions;
  return (
    <>
      <Autocomplete<AccountSuggestion | string, false, false, true>
        freeSolo
        id={id}
        options={suggestions}
        loading={loading}
        filterOptions={options => options}
        inputValue={value}
        onInputChange={(_, typed, reason) => {
          if (reason !== 'reset') onChange(typed);
        }}
        onChange={(_, picked) => {
          if (picked) onChange(typeof picked === 'string' ? picked : picked.id);
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
            label={label}
            required={required}
            margin="normal"
            error={error}
            inputProps={{ ...params.inputProps, inputMode: 'numeric' }}
            helperText={helperText}
          />
        )}
      />
      {organizationNote && <FormHelperText>{organizationNote}</FormHelperText>}
    </>
  );
}
