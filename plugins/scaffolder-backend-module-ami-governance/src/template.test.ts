import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  ACCOUNT_ID_PATTERN,
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
} from './actions/requestException';

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
  discovery: mockServices.discovery(),
  auth: mockServices.auth(),
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

  it('passes every form field to the action', () => {
    const used = new Set(Object.values(step.input).flatMap(parametersIn));
    expect(Object.keys(formFields).filter(f => !used.has(f))).toEqual([]);
  });

  it('passes requestedBy as chosen, from an OwnerPicker of groups: the action defaults to the signed-in user', () => {
    expect(step.input.requestedBy).toBe('${{ parameters.requestedBy }}');
    expect(formFields.requestedBy['ui:field']).toBe('OwnerPicker');
    expect(formFields.requestedBy['ui:options'].catalogFilter.kind).toEqual([
      'Group',
    ]);
    expect(requiredInForm.has('requestedBy')).toBe(false);
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
    expect(formFields.expiresOn).toMatchObject({
      type: 'string',
      format: 'date',
      'ui:widget': 'date',
    });
    expect(formFields.accountId.pattern).toBe(ACCOUNT_ID_PATTERN.source);
    expect(formFields.ticket.pattern).toBe(EXCEPTION_TICKET_PATTERN.source);
    expect(formFields.ticket.maxLength).toBe(EXCEPTION_TICKET_MAX_LENGTH);
    expect(formFields.reason.minLength).toBe(MIN_EXCEPTION_REASON_LENGTH);
  });

  it('links to the merge request from outputs the action produces', () => {
    expect(template.spec.output.links).toEqual([
      {
        title: 'Merge request',
        url: '${{ steps.request.output.mergeRequestUrl }}',
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
