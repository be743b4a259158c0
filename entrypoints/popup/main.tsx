import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import '@/components/theme.css';

render(<Popup />, document.getElementById('app')!);
