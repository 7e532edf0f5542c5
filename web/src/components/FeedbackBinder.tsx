import { App } from 'antd';
import { feedback } from './feedback';

/** Captures the App-context message/modal instances for use outside components. */
export function FeedbackBinder() {
  const { message, modal } = App.useApp();
  feedback.message = message;
  feedback.modal = modal;
  return null;
}
