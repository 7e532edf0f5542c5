import type { App, FormInstance } from 'antd';
import { isApiError } from '../api/client';

/**
 * The antd message/modal instances bound to the App context (so they follow the theme and
 * locale). `FeedbackBinder` fills them in once the app renders.
 */
type AppApi = ReturnType<typeof App.useApp>;

export const feedback: { message: AppApi['message'] | null; modal: AppApi['modal'] | null } = {
  message: null,
  modal: null,
};

/** Shows an error's message as a toast. */
export function showError(e: unknown): void {
  const text = e instanceof Error ? e.message : String(e);
  feedback.message?.error(text);
}

export function showSuccess(text: string): void {
  feedback.message?.success(text);
}

/**
 * Shows the server message and maps `details` field errors onto the form's fields.
 * `aliases` renames server fields to form fields (e.g. employerId → employer).
 * Returns true when at least one field got an error.
 */
export function showFormError(form: FormInstance, e: unknown, aliases: Record<string, string> = {}): boolean {
  showError(e);
  if (!isApiError(e)) return false;
  const registered = new Set(Object.keys(form.getFieldsValue() as Record<string, unknown>));
  const fields = e.fieldErrors
    .map((fe) => {
      const name = fe.field.replace(/^body\./, '');
      return { name: aliases[name] ?? name, errors: [fe.message] };
    })
    .filter((f) => registered.has(f.name));
  if (fields.length > 0) form.setFields(fields);
  return fields.length > 0;
}
