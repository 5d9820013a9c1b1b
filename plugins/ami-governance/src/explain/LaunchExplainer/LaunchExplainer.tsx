import { Grid } from '@material-ui/core';
import { useRef } from 'react';
import { useExplainQuestion } from '../useExplainQuestion';
import { useLaunchExplanation } from '../useLaunchExplanation';
import { ExplainAnswer } from './ExplainAnswer';
import { ExplainForm, ExplainFormHandle } from './ExplainForm';

/**
 * "Can I launch this?": the form and the answer, the question kept in the query string so that
 * `…/explain?accountId=…&imageId=…&region=…` opens with the answer (a link for a policy's
 * `exception_message`).
 */
export function LaunchExplainer() {
  const { values, asked, query, search, ask } = useExplainQuestion();
  const answer = useLaunchExplanation(query);
  const form = useRef<ExplainFormHandle>(null);
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        {/* A new question in the URL (a link, Back) refills the form. */}
        <ExplainForm
          key={search}
          ref={form}
          initial={values}
          showErrors={asked}
          onSubmit={ask}
        />
      </Grid>
      <Grid item xs={12}>
        <ExplainAnswer
          state={answer}
          onGiveOwner={() => form.current?.askForOwner()}
        />
      </Grid>
    </Grid>
  );
}
