"use client";
// One toolbar button: labelled, its shortcut in the tooltip, and pressed when its format is on.
// Each name contains the button's visible text (WCAG 2.5.3), so "click H2" works by voice.

interface ButtonProps {
  label: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: React.ReactNode;
}

export function ToolButton({ label, shortcut, pressed, disabled, onClick, children }: ButtonProps) {
  return (
    <button
      type="button"
      className="tool"
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-pressed={pressed}
      disabled={disabled}
      // Keep the selection in the editor while the button is clicked.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
