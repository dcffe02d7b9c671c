/**
 * The app's modal dialog: Mantine's Modal, with focus returned to the control that opened it once
 * it is gone (`useDialogFocusReturn`). Every dialog opened from a control uses this one.
 */
import { Modal, type ModalProps } from '@mantine/core';
import { useDialogFocusReturn } from './useDialogFocusReturn';

export function Dialog(props: ModalProps) {
  const focusReturn = useDialogFocusReturn(props.opened);
  return <Modal {...focusReturn} {...props} />;
}
