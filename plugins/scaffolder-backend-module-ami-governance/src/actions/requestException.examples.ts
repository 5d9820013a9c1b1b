import { TemplateExample } from '@backstage/plugin-scaffolder-node';

/** Examples shown in the scaffolder's action reference; each must parse as a template step. */
export const examples: TemplateExample[] = [
  {
    description:
      'Request a migration exception until a date, using the project, branch and path from app-config (amiGovernance.exceptionRequests).',
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
      'Request a 30-day emergency exception, already approved, on behalf of the signed-in user.',
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
      approvedBy: security-lead
      notes: Pipeline fix tracked in CLOUD-1399
`,
  },
  {
    description:
      'Request a vendor proof of concept from form values in a named governance project, branch and config path.',
    example: `steps:
  - id: request
    name: Request a vendor POC exception
    action: ami-governance:exception:request
    input:
      repoUrl: gitlab.example.com?owner=platform&repo=governance
      targetBranch: main
      configPath: config/ami_publishers.json
      accountId: \${{ parameters.accountId }}
      exceptionType: vendor_poc
      expiresOn: \${{ parameters.expiresOn }}
      reason: \${{ parameters.reason }}
      ticket: \${{ parameters.ticket }}
      requestedBy: \${{ parameters.requestedBy }}
`,
  },
];
