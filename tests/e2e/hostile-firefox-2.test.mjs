// The hostile suite (tests/lib/hostile_suite.mjs) in Firefox, part 2 of 2.
import { hostileSuite } from '../lib/hostile_suite.mjs';

hostileSuite('firefox', 2);
