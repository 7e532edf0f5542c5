import { lazy, Suspense } from 'react';
import { Route } from 'react-router-dom';

const ScreenPage = lazy(() => import('./ScreenPage'));
const TouchPage = lazy(() => import('./TouchPage'));

const dark = <div style={{ position: 'fixed', inset: 0, background: '#04070f' }} />;

/** The market-hall screens: no login, full screen, outside the staff shell. */
export function screenRoutes() {
  return [
    <Route
      key="screen"
      path="/screen"
      element={
        <Suspense fallback={dark}>
          <ScreenPage />
        </Suspense>
      }
    />,
    <Route
      key="screen-touch"
      path="/screen/touch"
      element={
        <Suspense fallback={dark}>
          <TouchPage />
        </Suspense>
      }
    />,
  ];
}
