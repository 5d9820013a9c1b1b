import { ConfigReader } from '@backstage/config';
import {
  EXCEPTION_TICKET_MAX_LENGTH,
  EXCEPTION_TICKET_PATTERN,
  EXCEPTION_TYPE_NAMES,
  EXCEPTION_TYPES,
  MIN_EXCEPTION_REASON_LENGTH,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'yaml';
import {
  createRequestAmiExceptionAction,
  REQUEST_EXCEPTION_ACTION_ID,
} from './exceptionRequests/requestException';

const TEMPLATE_PATH = resolve(
  __dirname,
  '../../../templates/request-ami-exception/template.yaml',
);

type Page = { required?: string[]; properties: Record<string, any> };

const template = yaml.parse(readFileSync(TEMPLATE_PATH, 'utf8'));
const pages: Page[] = template.spec.parameters;
const formFields: Record<string, any> = Object.assign(
  {},
  ...pages.map(p => p.properties),
);
const requiredInForm = new Set(pages.flatMap(p => p.required ?? []));
const [step] = template.spec.steps;

const action = createRequestAmiExceptionAction({
  config: new ConfigReader({}),
  recorder: { record: async () => {} },
});
const inputSchema = action.schema!.input as {
  properties: Record<string, unknown>;
  required: string[];
  additionalProperties?: boolean;
};
const outputSchema = action.schema!.output as {
  properties: Record<string, unknown>;
};

/** Inputs that only app-config (or GitLab's approvals) may decide. */
const TRUSTED_FROM_CONFIG = [
  'repoUrl',
  'targetBranch',
  'configPath',
  'token',
  'approvedBy',
];

/** The form fields a step input value reads, e.g. `${{ parameters.a or user.entityRef }}` → ['a']. */
const parametersIn = (value: unknown) =>
  [...String(value).matchAll(/parameters\.([A-Za-z0-9_]+)/g)].map(m => m[1]);

describe('templates/request-ami-exception/template.yaml', () => {
  it('is a v1beta3 template named request-ami-exception with one step calling the action', () => {
    expect(template).toMatchObject({
      apiVersion: 'scaffolder.backstage.io/v1beta3',
      kind: 'Template',
      metadata: {
        name: 'request-ami-exception',
        title: 'Request an AMI exception',
      },
    });
    expect(template.spec.steps).toHaveLength(1);
    expect(step.action).toBe(REQUEST_EXCEPTION_ACTION_ID);
  });

  it('passes only inputs the action declares', () => {
    const unknown = Object.keys(step.input).filter(
      name => !(name in inputSchema.properties),
    );
    expect(unknown).toEqual([]);
  });

  it('asks for every field the action requires, as a required form field', () => {
    expect(inputSchema.required.sort()).toEqual(
      ['accountId', 'exceptionType', 'reason', 'ticket'].sort(),
    );
    // An expiry is required too, as a date or a duration.
    const required = [
      ...inputSchema.required,
      'expiresOn' in step.input ? 'expiresOn' : 'durationDays',
    ];
    for (const name of required) {
      expect({ name, passed: name in step.input }).toEqual({
        name,
        passed: true,
      });
      const fields = parametersIn(step.input[name]);
      expect({ name, fields }).toEqual({ name, fields: [expect.any(String)] });
      for (const field of fields) {
        expect({ field, inForm: field in formFields }).toEqual({
          field,
          inForm: true,
        });
        expect({ field, required: requiredInForm.has(field) }).toEqual({
          field,
          required: true,
        });
      }
    }
  });

  it('passes every form field to the action, except the preview it only shows', () => {
    const used = new Set(Object.values(step.input).flatMap(parametersIn));
    expect(Object.keys(formFields).filter(f => !used.has(f))).toEqual([
      'preview',
    ]);
    expect(formFields.preview).toMatchObject({
      'ui:field': 'ExceptionRequestPreview',
      'ui:backstage': { review: { show: false } },
    });
    expect(requiredInForm.has('preview')).toBe(false);
    // The preview is the last page: every field it plans from is asked before.
    expect(Object.keys(pages[pages.length - 1].properties)).toEqual([
      'preview',
    ]);
  });

  it('passes requestedBy as chosen, from the groups of the signed-in user: the action defaults to the user', () => {
    expect(step.input.requestedBy).toBe('${{ parameters.requestedBy }}');
    expect(formFields.requestedBy['ui:field']).toBe('MyGroupsPicker');
    expect(requiredInForm.has('requestedBy')).toBe(false);
  });

  it('has its own heading and description, with a link to the exception policy', () => {
    const policy =
      'https://github.com/ami-governance/ami-governance-backstage/blob/main/docs/exception-requests.md#the-exception-policy';
    expect(template.metadata.description).toContain(`(${policy})`);
    expect(template.metadata.links).toContainEqual(
      expect.objectContaining({ url: policy }),
    );
    // The catalog refuses the whole template when a link is not an absolute URL.
    for (const link of template.metadata.links) {
      expect(() => new URL(link.url)).not.toThrow();
    }
    expect(template.spec.presentation.buttonLabels.createButtonText).toBe(
      'Send the request',
    );
    for (const page of pages as (Page & { description?: string })[]) {
      expect(page.description).toEqual(expect.any(String));
    }
  });

  it('lets the form choose no target, token or approval', () => {
    expect(
      Object.keys(step.input).filter(name =>
        TRUSTED_FROM_CONFIG.includes(name),
      ),
    ).toEqual([]);
    expect(
      Object.keys(formFields).filter(name =>
        TRUSTED_FROM_CONFIG.includes(name),
      ),
    ).toEqual([]);
    expect(JSON.stringify(template.spec.parameters)).not.toMatch(
      /RepoUrlPicker|requestUserCredentials/,
    );
    expect(JSON.stringify(step.input)).not.toMatch(/secrets\./);
  });

  it('states the rules of the core: types with titles, limits and approvers, formats', () => {
    const type = formFields.exceptionType;
    expect(type.enum).toEqual(EXCEPTION_TYPE_NAMES);
    expect(type.enumNames).toEqual(
      EXCEPTION_TYPE_NAMES.map(t => EXCEPTION_TYPES[t].title),
    );
    for (const name of EXCEPTION_TYPE_NAMES) {
      const { maxDays, approvers } = EXCEPTION_TYPES[name];
      expect(type['ui:help']).toContain(`at most ${maxDays} days`);
      for (const approver of approvers) {
        expect(type['ui:help'].toLowerCase()).toContain(approver.toLowerCase());
      }
    }
    // The two pickers apply the core's rules as they are typed (plugins/ami-governance).
    expect(formFields.expiresOn).toMatchObject({
      type: 'string',
      format: 'date',
      'ui:field': 'ExceptionExpiryPicker',
    });
    expect(formFields.accountId).toMatchObject({
      type: 'string',
      'ui:field': 'AwsAccountPicker',
    });
    // Not a JSON schema pattern: its message ('must match pattern "^\d{12}$"') would only come
    // after Next, beside the picker's own.
    expect(formFields.accountId.pattern).toBeUndefined();
    expect(formFields.ticket.pattern).toBe(EXCEPTION_TICKET_PATTERN.source);
    expect(formFields.ticket.maxLength).toBe(EXCEPTION_TICKET_MAX_LENGTH);
    expect(formFields.reason.minLength).toBe(MIN_EXCEPTION_REASON_LENGTH);
  });

  it('links to the merge request and to the request on the AMI Governance page, from outputs the action produces', () => {
    expect(template.spec.output.links).toEqual([
      {
        title: 'Merge request',
        url: '${{ steps.request.output.mergeRequestUrl }}',
      },
      {
        title: 'The request on the AMI Governance page',
        url: '/ami-governance?request=${{ steps.request.output.branchName }}',
      },
    ]);
    expect(template.spec.output.text).toEqual([
      {
        title: 'What happens next',
        content: '${{ steps.request.output.nextSteps }}',
      },
    ]);
    const outputsUsed = [
      ...JSON.stringify(template.spec.output).matchAll(
        /steps\.request\.output\.([A-Za-z]+)/g,
      ),
    ].map(m => m[1]);
    expect(
      outputsUsed.filter(name => !(name in outputSchema.properties)),
    ).toEqual([]);
  });
});

describe('the action schema', () => {
  it('declares no token or approvedBy, and the scaffolder refuses undeclared inputs', () => {
    expect(Object.keys(inputSchema.properties)).not.toContain('token');
    expect(Object.keys(inputSchema.properties)).not.toContain('approvedBy');
    expect(inputSchema.additionalProperties).toBe(false);
  });
});

describe('the action examples', () => {
  it.each(action.examples!.map(e => [e.description, e.example]))(
    '%s: is a step with declared inputs, every required one, and no target, token or approval',
    (_, example) => {
      const [exampleStep] = yaml.parse(example).steps;
      expect(exampleStep.action).toBe(REQUEST_EXCEPTION_ACTION_ID);
      const names = Object.keys(exampleStep.input);
      expect(names.filter(n => !(n in inputSchema.properties))).toEqual([]);
      expect(names.filter(n => TRUSTED_FROM_CONFIG.includes(n))).toEqual([]);
      expect(inputSchema.required.filter(n => !names.includes(n))).toEqual([]);
      expect(
        names.includes('expiresOn') !== names.includes('durationDays'),
      ).toBe(true);
    },
  );
});
