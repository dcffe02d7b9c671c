/** A page's title and the one line under it that says what the page is for. */
import { Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function PageHeading({ title, intro }: { title: ReactNode; intro: ReactNode }) {
  return (
    <div>
      <Title order={2} size="h3">
        {title}
      </Title>
      <Text c="dimmed" size="sm">
        {intro}
      </Text>
    </div>
  );
}
