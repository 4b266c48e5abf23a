/**
 * The buttons at the end of a list row (agenda items, issues): a one-click action and the "…"
 * menu. None of them takes a tab stop, a click does not also select the row, and the menu does
 * not give the focus back when it closes: the list keeps the focus, so its keys go on working.
 */
import { ActionIcon, Menu } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';

/** For the group holding a row's buttons: pressing one must not take the focus from the list. */
export const keepFocus = (e: { preventDefault: () => void }) => e.preventDefault();

interface RowButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'onClick' | 'color'> {
  label: string;
  onClick: () => void;
  variant?: 'subtle' | 'light' | 'filled';
  color?: string;
  children: ReactNode;
}

/** Forwards its ref and other props: a Tooltip around it attaches through them. */
export const RowButton = forwardRef<HTMLButtonElement, RowButtonProps>(function RowButton(
  { label, onClick, variant = 'subtle', color = 'gray', children, ...rest },
  ref,
) {
  return (
    <ActionIcon
      {...rest}
      ref={ref}
      variant={variant}
      color={color}
      size="lg"
      tabIndex={-1}
      aria-label={label}
      onClick={(e) => {
        e.stopPropagation();
        onClick();
      }}
    >
      {children}
    </ActionIcon>
  );
});

/** The row's "…" menu; its items are the row's own `Menu.Item`s. */
export function RowMenu({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Menu position="bottom-end" withinPortal returnFocus={false}>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="lg" tabIndex={-1} aria-label={label} onClick={(e) => e.stopPropagation()}>
          <IconDots size={20} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  );
}
