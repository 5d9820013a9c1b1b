// `GET /explain` ("can this account launch this AMI?"): its query and answer are declared once, in
// the common package beside the rules that produce the answer.
export type {
  ExplainLaunchQuery,
  ExplainLaunchResponse,
} from '@ami-governance/backstage-plugin-ami-governance-common';
