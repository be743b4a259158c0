import { render } from 'preact';
import { Panel, panelParams } from '@/components/panel/Panel';
import '@/components/theme.css';

render(<Panel params={panelParams(location.search)} />, document.getElementById('app')!);
