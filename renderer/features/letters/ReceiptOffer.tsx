/**
 * The receipt (tanda terima) offered at the top of a case while it has never been printed: right
 * after a new request is saved, while the Pokja member is still at the counter (SOP step 1, issue
 * 10). Printing goes the same way as from the step forms (useLetterPrint); once printed, the offer
 * goes and the receipt stays in the letters section and at step 2.
 */
import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { latestByKind } from './format';
import { IconPrinter } from './icons';
import { useCaseLetters } from './queries';
import { useLetterPrint } from './useLetterPrint';

export function ReceiptOffer({ caseId }: { caseId: string }) {
  const { t } = useTranslation('letters');
  const list = useCaseLetters(caseId);
  const printer = useLetterPrint(caseId);
  const receipt = latestByKind(list.data?.letters ?? []).get('receipt');
  const offered = receipt && receipt.available && receipt.issued === null;
  return (
    <>
      {offered ? (
        <Alert color="blue" variant="light" data-testid="receipt-offer" title={t('receiptOffer.title')}>
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm">{t('receiptOffer.body')}</Text>
            <Button size="sm" leftSection={<IconPrinter size={16} />} onClick={() => printer.open(receipt, 'print')} style={{ flexShrink: 0 }}>
              {t('step.printReceipt')}
            </Button>
          </Group>
        </Alert>
      ) : null}
      {printer.view}
    </>
  );
}
