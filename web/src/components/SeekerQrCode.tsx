import { QRCode } from 'antd';

/** The text of a job-seeker registration's QR code, 'S' + seeker id: what fair check-in reads (seekerCode). */
export const seekerCode = (seekerId: number) => `S${seekerId}`;

/** A small QR code of a job-seeker registration with its number and a hint underneath, shown for check-in at fairs. */
export function SeekerQrCode({ seekerId, caption, hint }: { seekerId: number; caption: string; hint?: string }) {
  return (
    <div style={{ width: 150, flex: 'none', textAlign: 'center' }} data-testid="seeker-qr">
      <QRCode value={seekerCode(seekerId)} size={112} errorLevel="M" style={{ margin: '0 auto' }} />
      <div style={{ marginTop: 6, fontSize: 13 }} data-testid="seeker-qr-caption">
        {caption}
      </div>
      {hint && <div style={{ marginTop: 2, fontSize: 12, color: '#8c8c8c', lineHeight: 1.4 }}>{hint}</div>}
    </div>
  );
}
