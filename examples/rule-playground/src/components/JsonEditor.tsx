/**
 * A JSON text editor: a plain textarea (so keyboard, selection, undo and screen readers work as everywhere)
 * with a line-number gutter that marks lines with problems. A parent can move the caret to a position.
 */
import { useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from 'react';
import { offsetAt, type TextPosition } from '../playground/text-position.js';

/** What a parent can do with the editor. */
export interface JsonEditorHandle {
  /** Focuses the editor with the caret at this line and column, scrolled into view. */
  moveCaretTo(position: TextPosition): void;
}

interface JsonEditorProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
  /** Lines holding an error (shown as "!") or only a warning (shown as "?"). */
  readonly errorLines: ReadonlySet<number>;
  readonly warningLines: ReadonlySet<number>;
  /** Changes whenever a whole new file is loaded, which scrolls the editor back to the top. */
  readonly loadCount: number;
  readonly ref?: Ref<JsonEditorHandle>;
}

/** Must match the editor's CSS line-height. */
const LINE_HEIGHT_PX = 20;

/** A labelled JSON textarea with line numbers. */
export function JsonEditor({ id, label, value, onChange, errorLines, warningLines, loadCount, ref }: JsonEditorProps) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const lineCount = value.split('\n').length;

  useLayoutEffect(() => {
    if (textarea.current) textarea.current.scrollTop = 0;
  }, [loadCount]);

  // Replacing the text can move the textarea's scroll without a scroll event; keep the gutter in step.
  useLayoutEffect(() => {
    if (textarea.current) setScrollTop(textarea.current.scrollTop);
  }, [value]);

  useImperativeHandle(ref, () => ({
    moveCaretTo(position) {
      const area = textarea.current;
      if (!area) return;
      const offset = offsetAt(area.value, position);
      area.focus();
      area.setSelectionRange(offset, offset);
      area.scrollTop = Math.max(0, (position.line - 3) * LINE_HEIGHT_PX);
      setScrollTop(area.scrollTop);
    },
  }));

  return (
    <div className="editor">
      <label className="editor-label" htmlFor={id}>
        {label}
      </label>
      <div className="editor-body">
        <div className="gutter" aria-hidden="true">
          <div style={{ transform: `translateY(${-scrollTop}px)` }}>
            {Array.from({ length: lineCount }, (_, i) => {
              const line = i + 1;
              const mark = errorLines.has(line) ? 'error' : warningLines.has(line) ? 'warning' : undefined;
              return (
                <div key={line} className={mark ? `gutter-line gutter-${mark}` : 'gutter-line'}>
                  {mark === 'error' ? '! ' : mark === 'warning' ? '? ' : ''}
                  {line}
                </div>
              );
            })}
          </div>
        </div>
        <textarea
          id={id}
          ref={textarea}
          value={value}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          wrap="off"
          onChange={(event) => onChange(event.target.value)}
          onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        />
      </div>
    </div>
  );
}
