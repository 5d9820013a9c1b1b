import type {
  AllowedImagesLayerVerdict,
  ScpLayerVerdict,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { InfoCard } from '@backstage/core-components';
import { Box, Grid, Typography } from '@material-ui/core';
import type { ReactNode } from 'react';
import { modeLabel } from '../../lib/format';
import {
  ALLOWED_IMAGES_SOURCES,
  ALLOWED_IMAGES_VERDICTS,
  matchedLabel,
  SCP_VERDICTS,
} from '../launchVerdicts';
import { Fact } from '../../components/Fact';
import { StatusLabel } from '../../components/StatusLabel';
import type { Health } from '../../components/StatusLabel';

type Layer = {
  title: string;
  subheader: string;
  health: Health;
  label: string;
  why: string;
  /** Label and value; facts without a value are left out. */
  facts: [string, ReactNode | undefined][];
};

function allowedImagesLayer(layer: AllowedImagesLayerVerdict): Layer {
  return {
    title: 'Allowed AMIs',
    subheader: 'EC2 declarative policy, as the account-region applies it',
    ...ALLOWED_IMAGES_VERDICTS[layer.verdict],
    why: layer.why,
    facts: [
      ['Read from', ALLOWED_IMAGES_SOURCES[layer.source]],
      ['State', layer.state && modeLabel(layer.state)],
      ['Matched', layer.matched && matchedLabel(layer.matched)],
    ],
  };
}

function scpLayer(layer: ScpLayerVerdict): Layer {
  return {
    title: 'SCP',
    subheader: 'The AMI guardrail service control policy',
    ...SCP_VERDICTS[layer.verdict],
    why: layer.why,
    facts: [['ec2:Owner', layer.owner && <code>{layer.owner}</code>]],
  };
}

function LayerCard({ layer }: { layer: Layer }) {
  return (
    <section aria-label={layer.title}>
      <InfoCard title={layer.title} subheader={layer.subheader}>
        <StatusLabel health={layer.health}>{layer.label}</StatusLabel>
        <Box my={1}>
          {layer.facts.map(
            ([label, value]) =>
              value && (
                <Fact key={label} label={label}>
                  {value}
                </Fact>
              ),
          )}
        </Box>
        <Typography variant="body2">{layer.why}</Typography>
      </InfoCard>
    </section>
  );
}

/** Both layers side by side: a launch goes ahead only when neither refuses it. */
export function LaunchLayers(props: {
  allowedImages: AllowedImagesLayerVerdict;
  scp: ScpLayerVerdict;
}) {
  return (
    <Grid container spacing={3}>
      {[allowedImagesLayer(props.allowedImages), scpLayer(props.scp)].map(
        layer => (
          <Grid item xs={12} md={6} key={layer.title}>
            <LayerCard layer={layer} />
          </Grid>
        ),
      )}
    </Grid>
  );
}
