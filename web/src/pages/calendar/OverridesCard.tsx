import { Alert, Button, Card, Popconfirm, Space, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { calendarApi } from '../../api/endpoints';
import type { CalendarOverride } from '../../api/types';
import { useT } from '../../i18n';
import { showError, showSuccess } from '../../components/feedback';

interface Props {
  overrides: CalendarOverride[] | null;
  coveredThroughYear: number | null;
  /** May add, edit and delete (code.manage). */
  manage: boolean;
  onAdd: () => void;
  onEdit: (o: CalendarOverride) => void;
  onChanged: () => void;
  /** Shows the day's month in the calendar. */
  onPick: (date: string) => void;
}

/** 节假日调整: the days set here on top of the official calendar package. */
export function OverridesCard({ overrides, coveredThroughYear, manage, onAdd, onEdit, onChanged, onPick }: Props) {
  const t = useT();

  const remove = async (date: string) => {
    try {
      await calendarApi.removeOverride(date);
      showSuccess(t('cal.override.deleted'));
      onChanged();
    } catch (e) {
      showError(e);
    }
  };

  const columns: ColumnsType<CalendarOverride> = [
    {
      title: t('cal.override.date'),
      dataIndex: 'date',
      key: 'date',
      width: 130,
      render: (d: string) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {d} <span style={{ color: 'rgba(0,0,0,0.45)' }}>{dayjs(d).format('dd')}</span>
        </span>
      ),
    },
    {
      title: t('cal.override.kind'),
      dataIndex: 'isWorkday',
      key: 'isWorkday',
      width: 56,
      render: (w: boolean) => (
        <Tooltip title={w ? t('cal.override.work') : t('cal.override.rest')}>
          {w ? <Tag color="orange">{t('cal.workday')}</Tag> : <Tag color="red">{t('cal.holiday')}</Tag>}
        </Tooltip>
      ),
    },
    { title: t('cal.override.name'), dataIndex: 'name', key: 'name', ellipsis: true, render: (n: string | null) => n ?? '' },
  ];
  if (manage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 76,
      render: (_, o) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            onClick={(e) => {
              e.stopPropagation();
              onEdit(o);
            }}
            data-testid={`override-edit-${o.date}`}
          />
          <Popconfirm title={t('cal.override.deleteConfirm', { date: o.date })} onConfirm={() => void remove(o.date)}>
            <Button type="link" size="small" danger icon={<DeleteOutlined />} onClick={(e) => e.stopPropagation()} data-testid={`override-delete-${o.date}`} />
          </Popconfirm>
        </Space>
      ),
    });
  }

  const year = coveredThroughYear ?? dayjs().year();
  return (
    <Card
      title={t('cal.override.title')}
      size="small"
      extra={
        manage && (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={onAdd} data-testid="override-add">
            {t('common.create')}
          </Button>
        )
      }
      data-testid="overrides-card"
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('cal.override.explain', { year, next: year + 1 })}
      />
      <Table<CalendarOverride>
        rowKey="date"
        size="small"
        columns={columns}
        dataSource={overrides ?? []}
        loading={overrides === null}
        pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
        locale={{ emptyText: t('cal.override.none') }}
        rowClassName="row-clickable"
        onRow={(o) => ({ onClick: () => onPick(o.date) })}
      />
    </Card>
  );
}
