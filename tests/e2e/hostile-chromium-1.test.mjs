// The hostile suite (tests/lib/hostile_suite.mjs) in Chromium, part 1 of 2.
import { hostileSuite } from '../lib/hostile_suite.mjs';

hostileSuite('chromium', 1);
