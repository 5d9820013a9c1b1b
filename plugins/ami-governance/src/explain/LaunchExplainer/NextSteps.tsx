import {
  canonicalOwnerAlias,
  isAccountId,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { LinkButton } from '@backstage/core-components';
import { Box, Button, Typography } from '@material-ui/core';
import type { ReactNode } from 'react';
import type { ExplainLaunchResponse } from '../../api/explainTypes';
import { useOpsPublisher } from '../../config/useOpsPublisher';
import { useRequestExceptionLink } from '../../exceptionRequests/useRequestExceptionLink';

type Step = ExplainLaunchResponse['nextSteps'][number];

function StepBox(props: { title: string; children: ReactNode }) {
  return (
    <Box component="li" mb={2}>
      <Typography variant="subtitle1" component="h3">
        {props.title}
      </Typography>
      {props.children}
    </Box>
  );
}

function GoldenAmi() {
  const ops = useOpsPublisher();
  const publisher = ops.value
    ? `${ops.value.name ?? 'the ops golden AMI publisher'} (${
        ops.value.provider
      })`
    : 'the ops golden AMI publisher';
  return (
    <StepBox title="Use a golden AMI">
      <Typography variant="body2">
        Launch an AMI published by {publisher}: golden AMIs are allowed in every
        governed account, with no end date.
      </Typography>
    </StepBox>
  );
}

/** The form pre-filled for the AMI's owner: an exception allows one account's AMIs. */
function RequestException({ answer }: { answer: ExplainLaunchResponse }) {
  const requestExceptionLink = useRequestExceptionLink();
  const owner = answer.owner;
  if (owner && canonicalOwnerAlias(owner)) {
    return (
      <StepBox title="An exception cannot help">
        <Typography variant="body2">
          {owner} is an owner alias, not an account: an exception allows one AWS
          account's AMIs. The platform team allows aliases in the governance
          config (policy_config.additional_image_providers).
        </Typography>
      </StepBox>
    );
  }
  const account = owner && isAccountId(owner) ? owner : undefined;
  const extend = answer.action === 'move-before-expiry';
  return (
    <StepBox title={extend ? 'Extend the exception' : 'Request an exception'}>
      <Typography variant="body2" paragraph>
        An exception allows the AMIs of one account
        {account ? ` (${account}, the AMI's owner)` : ''} for a limited time; it
        takes effect once it is approved, merged and deployed.
      </Typography>
      <LinkButton
        to={requestExceptionLink(account)}
        variant="outlined"
        color="primary"
      >
        {extend ? 'Extend the exception' : 'Request an exception'}
        {account && ` for ${account}`}
      </LinkButton>
    </StepBox>
  );
}

function GiveOwner(props: { onGiveOwner: () => void }) {
  return (
    <StepBox title="Give the owner instead">
      <Typography variant="body2" paragraph>
        The AMI's owner (its OwnerId, or whoever shared it with you) answers the
        same question.
      </Typography>
      <Button variant="outlined" color="primary" onClick={props.onGiveOwner}>
        Give the owner
      </Button>
    </StepBox>
  );
}

/** What to do next: the backend's words, then its steps in the order it lists them. */
export function NextSteps(props: {
  answer: ExplainLaunchResponse;
  onGiveOwner: () => void;
}) {
  const { answer, onGiveOwner } = props;
  const steps: Record<Step, ReactNode> = {
    'use-golden-ami': <GoldenAmi key="use-golden-ami" />,
    'request-exception': (
      <RequestException key="request-exception" answer={answer} />
    ),
    'give-owner': <GiveOwner key="give-owner" onGiveOwner={onGiveOwner} />,
  };
  return (
    <section aria-label="What to do">
      <Typography variant="h6" component="h2" gutterBottom>
        What to do
      </Typography>
      <Typography variant="body2" paragraph>
        {answer.whatToDo}
      </Typography>
      {answer.nextSteps.length > 0 && (
        <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {answer.nextSteps.map(step => steps[step])}
        </Box>
      )}
    </section>
  );
}
