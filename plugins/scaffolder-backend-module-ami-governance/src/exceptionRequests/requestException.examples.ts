import { TemplateExample } from '@backstage/plugin-scaffolder-node';

/** Examples shown in the scaffolder's action reference; each must parse as a template step. */
export const examples: TemplateExample[] = [
  {
    description:
      'Request a migration exception until a date, as the signed-in user. The project, branch and path always come from app-config (amiGovernance.exceptionRequests).',
    example: `steps:
  - id: request
    name: Request an AMI exception
    action: ami-governance:exception:request
    input:
      accountId: '999900001111'
      exceptionType: migration
      expiresOn: '2027-01-31'
      reason: Moving the batch fleet from the legacy image pipeline
      ticket: CLOUD-1400
`,
  },
  {
    description:
      'Request a 30-day emergency exception; the reviewers named in the merge request approve it in GitLab.',
    example: `steps:
  - id: request
    name: Request an emergency exception
    action: ami-governance:exception:request
    input:
      accountId: '999900001111'
      exceptionType: emergency
      durationDays: 30
      reason: Patched image needed while the golden pipeline is down
      ticket: CLOUD-1401
      notes: Pipeline fix tracked in CLOUD-1399
`,
  },
  {
    description:
      'Request a vendor proof of concept from form values, on behalf of a group the signed-in user belongs to (empty: the user).',
    example: `steps:
  - id: request
    name: Request a vendor POC exception
    action: ami-governance:exception:request
    input:
      accountId: \${{ parameters.accountId }}
      exceptionType: vendor_poc
      expiresOn: \${{ parameters.expiresOn }}
      reason: \${{ parameters.reason }}
      ticket: \${{ parameters.ticket }}
      requestedBy: \${{ parameters.requestedBy }}
`,
  },
];
