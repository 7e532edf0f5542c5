import { useState } from 'react';
import type { FormInstance } from 'antd';
import { showFormError } from './feedback';

/**
 * The submit of a form dialog: validate the fields, turn the values into the request, send it, and
 * put the server's field errors back on the fields (`aliases` maps a server field to a form field).
 * `busy` drives the OK button's spinner.
 */
export function useFormSubmit<V, I>(
  form: FormInstance<V>,
  toInput: (values: V) => I,
  onSubmit: (input: I) => Promise<void>,
  aliases: (values: V) => Record<string, string> = () => ({}),
): { busy: boolean; submit: () => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    try {
      await onSubmit(toInput(values));
    } catch (e) {
      showFormError(form, e, aliases(values));
    } finally {
      setBusy(false);
    }
  };
  return { busy, submit };
}
