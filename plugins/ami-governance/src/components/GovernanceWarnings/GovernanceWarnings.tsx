import { WarningPanel } from '@backstage/core-components';
import { Box } from '@material-ui/core';
import type { PageWarning } from '../../lib/warnings';
import { ExpandableList } from '../ExpandableList';

/** Every problem with the data on the page, errors first, each saying what to do. */
export function GovernanceWarnings(props: { warnings: PageWarning[] }) {
  if (props.warnings.length === 0) return null;
  return (
    <Box display="flex" flexDirection="column" gridGap={8}>
      {props.warnings.map(w => (
        <WarningPanel
          key={w.id}
          severity={w.severity}
          title={w.title}
          message={w.message}
          defaultExpanded
        >
          {w.details?.length ? (
            <ExpandableList
              items={w.details}
              keyOf={(_, i) => String(i)}
              render={line => line}
            />
          ) : undefined}
        </WarningPanel>
      ))}
    </Box>
  );
}
