import type { ApiQuery, ApiResponse } from '../api/contract';

/**
 * `GET /explain`'s question: the launching account and either the AMI (`imageId`) or its owner
 * (`owner`: a 12-digit account ID, `amazon` or `aws-marketplace`), never both; `region` and the day
 * `on` (YYYY-MM-DD) are optional.
 * @public
 */
export type ExplainLaunchQuery = ApiQuery<'ExplainLaunch'>;

/** `GET /explain`'s answer: the explanation with what it was asked about and how fresh its data is. @public */
export type ExplainLaunchResponse = ApiResponse<'ExplainLaunch'>;
