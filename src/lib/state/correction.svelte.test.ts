// The post-close correction under way: started only with a reason, for one procurement, and
// carried by every write context until it is ended.
import { afterEach, describe, expect, it } from 'vitest';
import { writeContext } from './context';
import { postClose } from './correction.svelte';

afterEach(() => postClose.end());

describe('postClose', () => {
  it('refuses to start without a reason, and nothing is carried', () => {
    expect(postClose.begin('p1', '  ').map((i) => i.code)).toEqual(['correctionReasonMissing']);
    expect(postClose.for('p1')).toBeNull();
    expect(writeContext().correction).toBeUndefined();
  });

  it('starts with a trimmed reason for that procurement only, until ended', () => {
    expect(postClose.begin('p1', ' 誤記の訂正 ')).toEqual([]);
    expect(postClose.for('p1')).toEqual({ procurementId: 'p1', reason: '誤記の訂正' });
    expect(postClose.for('p2')).toBeNull();
    expect(writeContext().correction).toEqual({ procurementId: 'p1', reason: '誤記の訂正' });
    postClose.end();
    expect(postClose.for('p1')).toBeNull();
    expect(writeContext().correction).toBeUndefined();
  });
});
