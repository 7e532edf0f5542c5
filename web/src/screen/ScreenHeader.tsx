import { chinaClock } from './format';
import { useNow } from './hooks';

/** The screen's top bar: hall name, what it shows, the offline mark, China time and date. */
export function ScreenHeader({ title, subtitle, offline, right }: { title: string; subtitle: string; offline: boolean; right?: React.ReactNode }) {
  const clock = chinaClock(useNow());
  return (
    <header className="hall-header">
      <div>
        <div className="hall-title" data-testid="screen-title">
          {title}
        </div>
        <div className="hall-subtitle">{subtitle}</div>
      </div>
      {right}
      <div className="hall-clock">
        <div className="hall-time" data-testid="screen-clock">
          {offline && (
            <span className="hall-offline" data-testid="screen-offline" title="数据暂时无法更新，显示的是最近一次的数据">
              离线
            </span>
          )}
          {clock.time}
        </div>
        <div className="hall-date">{clock.date}</div>
      </div>
    </header>
  );
}
