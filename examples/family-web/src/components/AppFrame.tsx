import { DISCLAIMERS } from '@recovery-rules/core/sync';
import type { ReactNode } from 'react';

/** Props of {@link AppFrame}. */
export interface AppFrameProps {
  readonly children: ReactNode;
  /** Shown as a "Start again" link when the person is inside a flow. */
  readonly onHome?: () => void;
}

/**
 * The frame around every screen: the privacy statement at the top, the SDK's mandatory disclaimer in a footer
 * that stays on screen (SPEC §6), and a way back to the start.
 */
export function AppFrame({ children, onHome }: AppFrameProps) {
  return (
    <div className="frame">
      <header className="app-header">
        <p className="app-name">Recovery helper</p>
        {onHome === undefined ? null : (
          <button type="button" className="link-button" onClick={onHome}>Start again</button>
        )}
      </header>
      <p className="privacy" id="privacy">Nothing you enter leaves this device. This page works offline and sends nothing anywhere.</p>
      <main className="content">{children}</main>
      <footer className="disclaimer" role="contentinfo">
        <p>{DISCLAIMERS.en}</p>
      </footer>
    </div>
  );
}
