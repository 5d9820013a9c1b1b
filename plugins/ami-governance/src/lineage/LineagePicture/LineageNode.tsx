import { Box, Chip, Typography } from '@material-ui/core';
import type { ImageLineageResponse, LineageLink } from '../../api/lineageTypes';
import { StatusLabel } from '../../components/StatusLabel';
import { plural } from '../../lib/format';
import { ImageLink } from '../ImageLink';
import {
  PROVENANCE_LABELS,
  ownerText,
  provenanceHealth,
} from '../provenanceText';

type LineageNodeProps = {
  link: LineageLink;
  /** The link's own answer: its provenance and usage; undefined while unknown. */
  answer: ImageLineageResponse | undefined;
  /** The AMI the view is about: drawn emphasised, not as a link. */
  current: boolean;
};

function usageText(answer: ImageLineageResponse | undefined) {
  const usage = answer?.usage;
  if (!answer?.available) return undefined;
  if (!usage) return 'usage unknown';
  const n = usage.instances + usage.launchTemplates;
  if (n === 0) return undefined;
  return `${plural(usage.instances, 'instance')}, ${plural(
    usage.launchTemplates,
    'launch template',
  )}`;
}

/** One AMI of the picture: ID, region, owner, name, date, provenance and, when used, its workloads. */
export function LineageNode({ link, answer, current }: LineageNodeProps) {
  const used = usageText(answer);
  const provenance = answer?.available ? answer.provenance : undefined;
  return (
    <Box
      role="listitem"
      aria-label={link.imageId}
      border={current ? 2 : 1}
      borderColor={current ? 'primary.main' : 'grey.500'}
      borderRadius={4}
      p={1}
      minWidth={280}
      maxWidth={520}
      style={link.visible ? undefined : { borderStyle: 'dashed' }}
    >
      <Typography variant="body2">
        {current ? (
          <strong>
            <code>{link.imageId}</code>
          </strong>
        ) : (
          <ImageLink imageId={link.imageId} />
        )}
        {` · ${link.region ?? 'region unknown'}`}
      </Typography>
      {link.visible ? (
        <>
          <Typography variant="caption" component="p">
            {`${link.name ?? 'name unknown'} · ${ownerText(link)} · created ${
              link.creationDate?.slice(0, 10) ?? 'unknown'
            }`}
          </Typography>
          <StatusLabel health={provenanceHealth(provenance)}>
            {provenance ? PROVENANCE_LABELS[provenance] : 'Provenance unknown'}
          </StatusLabel>
        </>
      ) : (
        <StatusLabel health="unknown">
          Not visible: the collector cannot see this AMI (not shared, or
          deregistered)
        </StatusLabel>
      )}
      {used && <Chip size="small" color="secondary" label={`Used: ${used}`} />}
    </Box>
  );
}
