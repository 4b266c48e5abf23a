/** A crash in one screen shows a way out instead of a blank window. */
import { Alert, Button, Container, Stack, Text } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <Container size="sm" py="xl">
            <Alert color="red" title={t('crash.title')}>
              <Stack>
                <Text>{t('crash.body')}</Text>
                <Text size="sm" c="dimmed" ff="monospace">
                  {this.state.error?.message}
                </Text>
                <Button onClick={() => location.reload()}>{t('crash.reload')}</Button>
              </Stack>
            </Alert>
          </Container>
        )}
      </Translation>
    );
  }
}
