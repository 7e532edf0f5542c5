import { useEffect, useState } from 'react';
import { screenApi, type ScreenPostingDetail } from './api';
import { educationShort, wageText } from './format';

/** One fact line, left out when there is nothing to say. */
function Fact({ label, value }: { label: string; value: string | number | null | undefined }) {
  if (value === null || value === undefined || value === '') return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

/**
 * A posting in full, with the 记下联系方式 panel: what a job seeker copies down or prints to take to
 * the employer or the service window (no QR code: the kiosk serves people without a smartphone too).
 */
export function TouchDetail({ id, onBack }: { id: number; onBack: () => void }) {
  const [posting, setPosting] = useState<ScreenPostingDetail | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    setPosting(null);
    setFailed(false);
    screenApi
      .posting(id)
      .then((p) => !cancelled && setPosting(p))
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [id]);

  return (
    <div>
      <div className="kiosk-chips">
        <button type="button" className="kiosk-btn secondary" onClick={onBack} data-testid="touch-back">
          ← 返回列表
        </button>
      </div>
      {failed && <div className="kiosk-error">该岗位已下架或暂时无法查看，请返回列表。</div>}
      {!posting && !failed && <div className="kiosk-count">正在加载…</div>}
      {posting && (
        <div className="kiosk-detail" data-testid="touch-detail">
          <section className="kiosk-detail-head">
            <h2 data-testid="touch-detail-title">{posting.title}</h2>
            <div className="kiosk-card-employer">{posting.employer?.name ?? posting.employerName}</div>
            <dl className="kiosk-facts">
              <Fact label="月薪" value={wageText(posting.wageMin, posting.wageMax)} />
              <Fact label="招聘人数" value={`${posting.vacancies} 人`} />
              <Fact label="学历要求" value={educationShort(posting.education)} />
              <Fact label="工作经验" value={posting.experienceYears ? `${posting.experienceYears} 年以上` : '不限'} />
              <Fact label="工作地点" value={posting.regionName} />
              <Fact label="工作时间" value={posting.workingHours} />
              <Fact label="福利待遇" value={posting.benefits} />
              <Fact label="职业" value={posting.occupationName} />
            </dl>
          </section>
          <section className="kiosk-detail-text">
            {posting.description && (
              <>
                <div className="kiosk-section">工作内容</div>
                <div className="kiosk-text">{posting.description}</div>
              </>
            )}
            {posting.requirements && (
              <>
                <div className="kiosk-section">任职要求</div>
                <div className="kiosk-text">{posting.requirements}</div>
              </>
            )}
          </section>
          <aside className="kiosk-note" data-testid="touch-note">
            <h3>记下联系方式</h3>
            <dl>
              <Fact label="岗位编号" value={posting.id} />
              <Fact label="招聘岗位" value={posting.title} />
              <Fact label="用人单位" value={posting.employer?.name ?? posting.employerName} />
              <Fact label="单位地址" value={posting.employer?.address} />
              <Fact label="联系人" value={posting.contactName} />
              <Fact label="联系电话" value={posting.contactPhone} />
              <Fact label="有效期至" value={posting.validTo} />
            </dl>
            <p>请抄写或拍下以上信息。完整电话号码请凭岗位编号到服务窗口查询，工作人员可为您推荐并开具介绍信。</p>
            <button type="button" className="kiosk-btn" onClick={() => window.print()} data-testid="touch-print">
              打印这张卡片
            </button>
          </aside>
        </div>
      )}
    </div>
  );
}
