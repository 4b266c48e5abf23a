import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/500.css';
import '@fontsource/sarabun/700.css';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { createRoot } from 'react-dom/client';
import { connect } from './api';
import { App } from './app/App';
import { initI18n } from './i18n';
import { parseRoute } from './ui/route';

initI18n(parseRoute(location).name === 'projector' ? 'projector' : 'control');
const root = document.getElementById('root');
if (root) createRoot(root).render(<App connection={connect()} />);
