/**
 * A MultiSelect that stays one line high: the first choice as a pill, then "+N". The filter row of
 * the register must not grow and push the list down on a 768-pixel-high screen.
 */
import { MultiSelect, Pill, type MultiSelectProps } from '@mantine/core';

export function CompactMultiSelect(props: Omit<MultiSelectProps, 'renderPill'> & { value: string[] }) {
  const { value } = props;
  return (
    <MultiSelect
      {...props}
      renderPill={({ option }) => {
        // No remove cross on the pill: the clear button empties the choice, the list toggles items.
        const i = value.indexOf(String(option.value));
        if (i === 0)
          return (
            <Pill style={{ flexShrink: 0, maxWidth: value.length > 1 ? 'calc(100% - 44px)' : '100%' }} title={option.label}>
              {option.label}
            </Pill>
          );
        if (i === 1) return <Pill style={{ flexShrink: 0 }}>+{value.length - 1}</Pill>;
        return null;
      }}
      styles={{ pillsList: { flexWrap: 'nowrap', overflow: 'hidden' } }}
    />
  );
}
