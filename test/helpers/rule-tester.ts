import { describe, it } from 'vitest';
import { RuleTester } from '../../src/index';

/** A RuleTester wired to vitest. */
export const ruleTester = new RuleTester({ describe, it });
