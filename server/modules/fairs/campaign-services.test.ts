import { test } from 'node:test';
import assert from 'node:assert/strict';
import { campaignArea } from './campaign-services.js';

test("a campaign's services are counted in its units, cut to the viewer's part", () => {
  assert.deepEqual(campaignArea({ orgCode: '3602' }, '3602', ['360203', '360202']), ['360203', '360202'], 'the city sees every participating district');
  assert.deepEqual(campaignArea({ orgCode: '360203001' }, '3602', ['360203', '360202']), ['360203001'], 'a street sees its own part of its district');
  assert.deepEqual(campaignArea({ orgCode: '360202' }, '3602', ['360203']), [], 'a district not taking part sees none');
  assert.deepEqual(campaignArea({ orgCode: '360203' }, '3602', []), ['360203'], 'no units named: the organiser’s subtree, cut to the viewer');
  assert.deepEqual(campaignArea({ orgCode: '3602' }, '3602', ['360203', '360203001']), ['360203'], 'a unit inside another is not counted twice');
});
