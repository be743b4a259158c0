import { render } from 'preact';
import { Panel, panelParams } from '@/components/panel/Panel';
import { keepEarlyTyping } from '@/components/panel/early-typing';
import '@/components/theme.css';

const params = panelParams(location.search);
// In the page's editor frame the reader may start typing before the draft has arrived.
render(
  <Panel params={params} earlyTyping={params.frame ? keepEarlyTyping(document) : undefined} />,
  document.getElementById('app')!,
);
