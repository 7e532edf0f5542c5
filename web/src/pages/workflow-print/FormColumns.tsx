/** Label / value / label / value columns of the printed form's tables. */
export function FormColumns() {
  return (
    <colgroup>
      <col style={{ width: '24mm' }} />
      <col />
      <col style={{ width: '24mm' }} />
      <col />
    </colgroup>
  );
}
