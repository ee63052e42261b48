// The smoke suite in Firefox ESR (Debian's firefox-esr, driven over WebDriver BiDi).
import { smoke } from './scenarios.mjs';
import { firefox } from './drivers.mjs';

smoke(firefox);
