import type { Entity } from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import type {
  CustomFieldValidator,
  FieldExtensionComponentProps,
} from '@backstage/plugin-scaffolder-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { ComponentType, useState } from 'react';
import type { AmiGovernanceApi } from '../api/AmiGovernanceApi';
import { amiGovernanceApiRef } from '../api/AmiGovernanceApi';
import { catalogWith } from './catalog';
import { mockApi } from './mockApi';

export { accountEntity } from './catalog';

type Field = ComponentType<FieldExtensionComponentProps<string>>;

/**
 * Renders a field extension as the scaffolder form does: controlled by the form's state, with the
 * other fields of the form in `formContext.formData`. `values` records every value it sets.
 */
export async function renderField(
  Component: Field,
  options: {
    name: string;
    title: string;
    formData?: string;
    form?: Record<string, unknown>;
    api?: Partial<AmiGovernanceApi>;
    entities?: Entity[];
  },
): Promise<{ values: (string | undefined)[] }> {
  const values: (string | undefined)[] = [];
  function Form() {
    const [value, setValue] = useState(options.formData);
    const props = {
      name: options.name,
      schema: { type: 'string', title: options.title },
      uiSchema: {},
      idSchema: { $id: `root_${options.name}` },
      formData: value,
      formContext: {
        formData: { ...options.form, [options.name]: value },
      },
      onChange: (v?: string) => {
        values.push(v);
        setValue(v);
      },
      rawErrors: [],
      required: true,
      disabled: false,
      readonly: false,
    } as unknown as FieldExtensionComponentProps<string>;
    return <Component {...props} />;
  }
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [amiGovernanceApiRef, mockApi(options.api)],
        [catalogApiRef, catalogWith(options.entities ?? [])],
      ]}
    >
      <Form />
    </TestApiProvider>,
  );
  return { values };
}

/** A field validation that records its errors, and an API holder serving `api`. */
export function validationContext(
  api: Partial<AmiGovernanceApi>,
  formData: Record<string, unknown> = {},
) {
  const errors: string[] = [];
  const full = mockApi(api);
  type Args = Parameters<CustomFieldValidator<string>>;
  const validation = {
    addError: (e: string) => {
      errors.push(e);
      return validation;
    },
  } as unknown as Args[1];
  const context: Args[2] = {
    apiHolder: {
      get: <T,>(ref: { id: string }) =>
        (ref.id === amiGovernanceApiRef.id ? full : undefined) as T | undefined,
    },
    formData: formData as Args[2]['formData'],
    schema: {},
  };
  return { errors, validation, context };
}
