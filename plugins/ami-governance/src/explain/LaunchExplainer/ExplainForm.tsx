import { Button, Grid, TextField } from '@material-ui/core';
import {
  FormEvent,
  forwardRef,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
} from 'react';
import type { ExplainLaunchQuery } from '../../api/explainTypes';
import { useAccountSuggestions } from '../../exceptionRequests/useAccountSuggestions';
import {
  ExplainFormErrors,
  explainFormErrors,
  ExplainFormValues,
  explainQueryOf,
  ImageChoice,
} from '../explainForm';
import { AwsAccountInput } from '../../exceptionRequests/AwsAccountInput';
import { ImageField } from './ImageField';
import { RegionField } from './RegionField';

export type ExplainFormHandle = {
  /** Switches to the owner field and puts the cursor in it: the AMI could not be resolved. */
  askForOwner(): void;
};

type ExplainFormProps = {
  initial: ExplainFormValues;
  /** Say at once what is missing, e.g. when a link asked an incomplete question. */
  showErrors?: boolean;
  /** Account and AMI only (region and date left out), for the main page. */
  compact?: boolean;
  onSubmit: (query: ExplainLaunchQuery) => void;
};

type Field = keyof ExplainFormErrors;

/**
 * The question: the launching account, the AMI or its owner, and optionally the region and the day.
 * Each field says what is wrong as it is typed (empty ones once Explain is pressed); only a valid
 * question is sent.
 */
export const ExplainForm = forwardRef<ExplainFormHandle, ExplainFormProps>(
  function ExplainQuestionForm(props, ref) {
    const { compact, onSubmit } = props;
    // Labels need input IDs; the compact form and the full one never share a page.
    const id = compact ? 'can-i-launch' : 'explain';
    const [values, setValues] = useState(props.initial);
    const [submitted, setSubmitted] = useState(Boolean(props.showErrors));
    const [focusOwner, setFocusOwner] = useState(false);
    const ownerInput = useRef<HTMLInputElement>(null);
    const suggestions = useAccountSuggestions(values.accountId);

    useImperativeHandle(ref, () => ({
      askForOwner() {
        setValues(v => ({ ...v, choice: 'owner' }));
        setFocusOwner(true);
      },
    }));
    useEffect(() => {
      if (!focusOwner) return;
      ownerInput.current?.focus();
      setFocusOwner(false);
    }, [focusOwner]);

    const errors = explainFormErrors(values);
    const shown = (field: Field) =>
      submitted || values[field].trim() ? errors[field] : undefined;
    const set = (field: Field) => (value: string) =>
      setValues(v => ({ ...v, [field]: value }));
    const submit = (event: FormEvent) => {
      event.preventDefault();
      setSubmitted(true);
      if (Object.keys(errors).length === 0) onSubmit(explainQueryOf(values));
    };

    return (
      <form onSubmit={submit} noValidate aria-label="Can I launch this?">
        <Grid container spacing={2} alignItems="flex-start">
          <Grid item xs={12} md={compact ? 5 : 3}>
            <AwsAccountInput
              id={`${id}-account`}
              label="AWS account ID"
              value={values.accountId}
              onChange={set('accountId')}
              suggestions={suggestions}
              required
              error={Boolean(shown('accountId'))}
              helperText={shown('accountId') ?? 'The account that launches'}
            />
          </Grid>
          <Grid item xs={12} md={compact ? 5 : 3}>
            <ImageField
              idPrefix={id}
              choice={values.choice}
              onChoice={(choice: ImageChoice) =>
                setValues(v => ({ ...v, choice }))
              }
              imageId={values.imageId}
              owner={values.owner}
              onChange={(field, value) => set(field)(value)}
              errors={{ imageId: shown('imageId'), owner: shown('owner') }}
              ownerRef={ownerInput}
            />
          </Grid>
          {!compact && (
            <>
              <Grid item xs={12} sm={6} md={2}>
                <RegionField
                  id={`${id}-region`}
                  value={values.region}
                  onChange={set('region')}
                  error={shown('region')}
                />
              </Grid>
              <Grid item xs={12} sm={6} md={2}>
                <TextField
                  id={`${id}-on`}
                  type="date"
                  label="On"
                  margin="normal"
                  fullWidth
                  value={values.on}
                  onChange={e => set('on')(e.target.value)}
                  InputLabelProps={{ shrink: true }}
                  error={Boolean(shown('on'))}
                  helperText={shown('on') ?? 'Optional; default today'}
                />
              </Grid>
            </>
          )}
          <Grid item xs={12} md={2}>
            <Button
              type="submit"
              variant="contained"
              color="primary"
              style={{ marginTop: 24 }}
            >
              Explain
            </Button>
          </Grid>
        </Grid>
      </form>
    );
  },
);
