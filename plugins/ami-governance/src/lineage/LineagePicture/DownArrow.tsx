import { Box, Typography } from '@material-ui/core';

/** The arrow from a source AMI to the AMI made from it. */
export function DownArrow(props: { label?: string }) {
  return (
    <Box display="flex" alignItems="center" ml={4} aria-hidden>
      <svg width="16" height="28" viewBox="0 0 16 28">
        <line
          x1="8"
          y1="0"
          x2="8"
          y2="22"
          stroke="currentColor"
          strokeWidth="2"
        />
        <polygon points="2,20 14,20 8,28" fill="currentColor" />
      </svg>
      {props.label && (
        <Typography
          variant="caption"
          color="textSecondary"
          style={{ marginLeft: 8 }}
        >
          {props.label}
        </Typography>
      )}
    </Box>
  );
}
