import { useEffect, useState } from 'react';
import { Col, Row } from 'antd';
import { codesApi } from '../../api/endpoints';
import type { CodeTable } from '../../api/types';
import { showError } from '../../components/feedback';
import { CodeTablesCard } from './CodeTablesCard';
import { CodeEntriesCard } from './CodeEntriesCard';
import { ValidatorCard } from './ValidatorCard';

/** 代码表: tables and editions, an entry browser, and the ID / credit code validators. */
export default function CodesPage() {
  const [tables, setTables] = useState<CodeTable[]>([]);
  const [loading, setLoading] = useState(true);
  const [selected, setSelected] = useState<CodeTable | null>(null);

  useEffect(() => {
    codesApi
      .tables()
      .then((list) => {
        setTables(list);
        // Start with the first table in force, so the page is never empty.
        setSelected((cur) => cur ?? list.find((t) => t.current) ?? list[0] ?? null);
      })
      .catch(showError)
      .finally(() => setLoading(false));
  }, []);

  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <CodeTablesCard tables={tables} loading={loading} selected={selected} onSelect={setSelected} />
      </Col>
      <Col xs={24} xl={16}>
        <CodeEntriesCard table={selected} />
      </Col>
      <Col xs={24} xl={8}>
        <ValidatorCard />
      </Col>
    </Row>
  );
}
