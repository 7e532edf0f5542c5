import type { ReactNode } from 'react';
import { Card, Steps, Typography } from 'antd';

/** The frame of a registration page: title, the steps of the process, the form. */
export function RegisterShell({ title, intro, steps, current, children }: { title: string; intro: string; steps: string[]; current: number; children: ReactNode }) {
  return (
    <div className="portal-container" style={{ maxWidth: 880 }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {title}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
        <Steps size="small" current={current} items={steps.map((s) => ({ title: s }))} style={{ margin: '16px 0 24px' }} responsive />
        {children}
      </Card>
    </div>
  );
}
