import DefaultTheme from 'vitepress/theme';
import './contrast.css';

// The default theme with colours that pass WCAG AA contrast (see contrast.css).
export default DefaultTheme;
