import { z } from 'zod';
import { ACCOUNT_ID_PATTERN } from './accounts';
import { AWS_REGION_PATTERN } from './awsNames';

// The zod forms of AWS names and times in a snapshot's workloads, shared by its sections.

export const accountIdSchema = z
  .string()
  .regex(ACCOUNT_ID_PATTERN, { error: 'must be a 12-digit account ID string' });

export const instantSchema = z.iso.datetime({
  offset: true,
  error: 'must be an ISO 8601 timestamp, e.g. 2026-11-23T08:00:00Z',
});

export const regionSchema = z.string().regex(AWS_REGION_PATTERN, {
  error: 'must be an AWS region name, e.g. us-east-1',
});
