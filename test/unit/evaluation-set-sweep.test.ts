import 'reflect-metadata';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { AuditTrail } from '../../src/domain/audit/audit.service';
import { EvaluationSetService } from '../../src/domain/quality/evaluation-set.service';

describe('abandoned evaluation set files', () => {
  it('removes what a stopped gateway left, older than the bound, and keeps the rest', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-sweep-'));
    try {
      const root = path.join(dataDir, 'evaluation-sets');
      fs.mkdirSync(path.join(root, 'incoming'), { recursive: true });
      const file = (name: string, hoursOld: number) => {
        const at = path.join(root, name);
        fs.writeFileSync(at, 'rows');
        const when = new Date(Date.now() - hoursOld * 3_600_000);
        fs.utimesSync(at, when, when);
        return at;
      };
      const oldUpload = file('incoming/8f2c-upload', 2);
      const oldPartial = file('0b9e.columns.4242.partial', 2);
      const liveUpload = file('incoming/7a1d-upload', 0);
      const kept = file('0b9e.columns', 2);
      const service = new EvaluationSetService({} as AuditTrail, { dataDir, maxRows: 10 });
      assert.equal(await service.sweepAbandoned(), 2);
      assert.deepEqual(
        [oldUpload, oldPartial, liveUpload, kept].map((at) => fs.existsSync(at)),
        [false, false, true, true],
        'the old upload and half-written set go; a live upload and a stored set stay',
      );
      assert.equal(
        await new EvaluationSetService({} as AuditTrail, {
          dataDir: os.tmpdir() + '/none',
          maxRows: 1,
        }).sweepAbandoned(),
        0,
      );
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
