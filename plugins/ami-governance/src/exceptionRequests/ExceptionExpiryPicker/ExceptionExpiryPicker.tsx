import { utcDateOf } from '@ami-governance/backstage-plugin-ami-governance-common';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { Box, Button, TextField, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useExceptionRequestContext } from '../useExceptionRequestContext';
import { useNow } from '../../hooks/useNow';
import { expiryChoiceOf, ExpiryForm } from './expiryChoice';

/**
 * `ui:field: ExceptionExpiryPicker`: the exception's last day, with the cap that applies (the type's,
 * lowered by the organization's) and the latest date it allows, the days counted from today (UTC),
 * when the warning window starts, and why the action would refuse the date, as it is picked.
 */
export function ExceptionExpiryPicker(
  props: FieldExtensionComponentProps<string>,
) {
  const {
    formData,
    onChange,
    schema,
    rawErrors = [],
    required,
    idSchema,
  } = props;
  const form = (props.formContext?.formData ?? {}) as ExpiryForm;
  const context = useExceptionRequestContext(form.accountId);
  const now = useNow();
  const choice = expiryChoiceOf(formData, form, context.value, utcDateOf(now));
  return (
    <Box marginY={1}>
      <TextField
        id={idSchema?.$id}
        type="date"
        label={schema.title ?? 'Expires on'}
        required={required}
        value={formData ?? ''}
        onChange={e => onChange(e.target.value || undefined)}
        error={rawErrors.length > 0 || choice.problems.length > 0}
        helperText={schema.description}
        InputLabelProps={{ shrink: true }}
        inputProps={{ min: choice.earliest, max: choice.latest }}
        fullWidth
      />
      {choice.capText ? (
        <Typography variant="body2" role="note">
          {choice.capText}{' '}
          {choice.latest && choice.latest !== formData && (
            <Button
              size="small"
              color="primary"
              onClick={() => onChange(choice.latest)}
            >
              Use {choice.latest}
            </Button>
          )}
        </Typography>
      ) : (
        <Typography variant="body2" color="textSecondary">
          Choose the exception type to see how long it may run.
        </Typography>
      )}
      {choice.daysText && (
        <Typography variant="body2">{choice.daysText}</Typography>
      )}
      {choice.warning && (
        <Typography variant="body2" color="textSecondary">
          {choice.warning}
        </Typography>
      )}
      {choice.problems.map(problem => (
        <Alert key={problem} severity="error">
          {problem}
        </Alert>
      ))}
    </Box>
  );
}
