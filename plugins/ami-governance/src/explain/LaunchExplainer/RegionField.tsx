import { TextField } from '@material-ui/core';
import { Autocomplete } from '@material-ui/lab';
import { COMMON_REGIONS } from '../awsRegions';

/** Any region name, with the common ones suggested as it is typed. */
export function RegionField(props: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { value, onChange, error } = props;
  return (
    <Autocomplete<string, false, false, true>
      freeSolo
      id={props.id}
      options={[...COMMON_REGIONS]}
      inputValue={value}
      // A pick comes through onChange; 'reset' would blank a value the URL filled in.
      onInputChange={(_, typed, reason) => {
        if (reason !== 'reset') onChange(typed);
      }}
      onChange={(_, picked) => {
        if (picked) onChange(picked);
      }}
      renderInput={params => (
        <TextField
          {...params}
          label="Region"
          margin="normal"
          error={Boolean(error)}
          helperText={
            error ?? "Optional; without it, the account's effective policy"
          }
        />
      )}
    />
  );
}
