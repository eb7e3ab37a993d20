import {
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  useIsOverflowItemVisible,
} from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { View } from "./PaneTabs";

interface TabMenuProps {
  /** Every view, with its tab's label, in the tabs' order. */
  readonly tabs: readonly (readonly [View, string])[];
  readonly onView: (view: View) => void;
  /** The "Mer" button that opens the menu. */
  readonly trigger: ReactElement;
}

/**
 * The menu of the tabs a narrow pane has no room for. A chunk of its own:
 * at first paint the pane shows the button alone, and the menu follows.
 */
export function TabMenu({ tabs, onView, trigger }: TabMenuProps) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>{trigger}</MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map(([view, text]) => (
            <HiddenTabItem key={view} view={view} text={text} onView={onView} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** A tab in the menu, there only while the tab itself is hidden. */
function HiddenTabItem({ view, text, onView }: { view: View; text: string; onView: (view: View) => void }) {
  const visible = useIsOverflowItemVisible(view);
  if (visible) return null;
  return <MenuItem onClick={() => onView(view)}>{text}</MenuItem>;
}
