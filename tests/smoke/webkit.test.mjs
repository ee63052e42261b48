// The smoke suite in WebKit (Debian's WebKitGTK MiniBrowser through WebKitWebDriver, under xvfb-run).
import { smoke } from './scenarios.mjs';
import { webkit } from './drivers.mjs';

smoke(webkit);
