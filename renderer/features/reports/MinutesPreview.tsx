/**
 * The minutes as they will print: the core's HTML page in a sandboxed frame, laid out as a sheet
 * of A4 and scaled to fit the column, so lines break where the PDF's do. The
 * frame keeps its scroll position when the page is rebuilt after an edit.
 */
import { Alert, Badge, Box, Center, Loader, Paper, Stack, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../i18n/labels';
import { asScreenSheet, FRAME_WIDTH } from './preview-page';
import { usePreview } from '../../api/queries/reports';


export function MinutesPreview({ forumId, thaiDigits, height }: { forumId: string; thaiDigits: boolean; height: number }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const preview = usePreview(forumId, thaiDigits);
  const { ref: box, width } = useElementSize();
  const scrollY = useRef(0);
  const source = preview.data?.html;
  const html = useMemo(() => (source === undefined ? '' : asScreenSheet(source)), [source]);
  const scale = width > 0 ? Math.min(1, width / FRAME_WIDTH) : 1;

  const onLoad = (event: React.SyntheticEvent<HTMLIFrameElement>) => {
    // Same origin (allow-same-origin, scripts still off), so the parent can keep the reader's place.
    const view = event.currentTarget.contentWindow;
    if (!view) return;
    view.scrollTo(0, scrollY.current);
    view.addEventListener('scroll', () => {
      scrollY.current = view.scrollY;
    });
  };

  return (
    <Paper withBorder radius="md" h={height} bg="gray.2" style={{ overflow: 'hidden', position: 'relative' }} ref={box} data-testid="minutes-preview">
      {preview.data ? (
        <iframe
          title={t('minutes.preview.frame')}
          sandbox="allow-same-origin"
          srcDoc={html}
          onLoad={onLoad}
          style={{
            border: 0,
            background: 'white',
            width: FRAME_WIDTH,
            height: height / scale,
            transform: `scale(${scale})`,
            transformOrigin: 'top left',
            display: 'block',
          }}
        />
      ) : preview.isError ? (
        <Box p="md">
          <Alert color="red" title={t('minutes.preview.failed')}>
            {labels.error(preview.error)}
          </Alert>
        </Box>
      ) : (
        <Center h="100%">
          <Stack align="center" gap="xs">
            <Loader />
            <Text c="dimmed">{t('minutes.preview.loading')}</Text>
          </Stack>
        </Center>
      )}
      {preview.data && (preview.isFetching || preview.isPlaceholderData) ? (
        <Badge variant="white" color="gray" leftSection={<Loader size={10} />} style={{ position: 'absolute', top: 8, right: 16 }} data-testid="preview-updating">
          {t('minutes.preview.updating')}
        </Badge>
      ) : null}
      {preview.data && preview.isError && !preview.isFetching ? (
        <Alert color="red" py={4} style={{ position: 'absolute', bottom: 8, left: 8, right: 8 }}>
          {t('minutes.preview.failed')}: {labels.error(preview.error)}
        </Alert>
      ) : null}
    </Paper>
  );
}
