import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled block of a form or record page; `headingOrder` 4 inside a page section that has its own h3. */
export function Section({ title, description, headingOrder = 3, children }: { title: string; description?: ReactNode; headingOrder?: 3 | 4; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <div>
          <Title order={headingOrder} size={headingOrder === 4 ? 'h6' : 'h5'}>
            {title}
          </Title>
          {description ? (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          ) : null}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
