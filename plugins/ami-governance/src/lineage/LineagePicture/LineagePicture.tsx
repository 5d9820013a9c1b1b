import { Fragment } from 'react';
import { Box, Typography } from '@material-ui/core';
import type { ImageLineageResponse } from '../../api/lineageTypes';
import { StatusLabel } from '../../components/StatusLabel';
import { plural } from '../../lib/format';
import { ImageLink } from '../ImageLink';
import { useAncestorAnswers } from '../useImageLineage';
import { DownArrow } from './DownArrow';
import { LineageNode } from './LineageNode';

/** Why a chain stops before a root, in words; the picture draws it as its first box. */
const CUT: Record<string, string> = {
  'not-visible':
    'Not visible: the chain continues beyond what the collector can see',
  cycle: 'Cut: the chain loops back on itself',
  'not-read': 'Not read: the ancestry could not be read, the root is unknown',
};

/** Descendants drawn under the AMI before "and N more" (the scope of impact lists them all). */
const DESCENDANTS_DRAWN = 12;

type LineagePictureProps = {
  answer: ImageLineageResponse;
  descendants: string[] | undefined;
};

/**
 * The lineage from the root down to the AMI, then the AMIs made from it: a box per AMI with its
 * owner and provenance, the used ones marked with their workloads, a cut chain starting with an
 * explicit "not visible" box.
 */
export function LineagePicture({ answer, descendants }: LineagePictureProps) {
  const links = answer.chain?.links ?? [];
  const details = useAncestorAnswers(links);
  const fromRoot = [...links].reverse();
  const end = answer.chain?.end;
  return (
    <Box role="list" aria-label="Lineage from the root">
      {end && end !== 'root' && (
        <>
          <Box
            role="listitem"
            border={1}
            borderRadius={4}
            p={1}
            style={{ borderStyle: 'dashed' }}
            maxWidth={520}
          >
            <StatusLabel health="unknown">{CUT[end]}</StatusLabel>
          </Box>
          <DownArrow />
        </>
      )}
      {fromRoot.map((link, i) => (
        <Fragment key={link.imageId}>
          {i > 0 && <DownArrow label="source of" />}
          <LineageNode
            link={link}
            current={link.imageId === answer.imageId}
            answer={
              link.imageId === answer.imageId
                ? answer
                : details?.get(link.imageId)
            }
          />
        </Fragment>
      ))}
      {descendants && descendants.length > 0 && (
        <>
          <DownArrow
            label={`${plural(descendants.length, 'AMI')} derived from it`}
          />
          <Box
            display="flex"
            flexWrap="wrap"
            style={{ gap: 8 }}
            role="listitem"
            aria-label="Derived AMIs"
          >
            {descendants.slice(0, DESCENDANTS_DRAWN).map(id => (
              <Box
                key={id}
                border={1}
                borderColor="grey.500"
                borderRadius={4}
                p={1}
              >
                <ImageLink imageId={id} />
              </Box>
            ))}
            {descendants.length > DESCENDANTS_DRAWN && (
              <Typography variant="body2">
                {`and ${
                  descendants.length - DESCENDANTS_DRAWN
                } more (see the scope of impact)`}
              </Typography>
            )}
          </Box>
        </>
      )}
    </Box>
  );
}
