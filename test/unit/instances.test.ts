import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TensorDtype, type Signature } from '../../src/domain/models/model.entity';
import { packInstances } from '../../src/inference/instances';

const tabular: Signature = {
  inputs: [
    { name: 'income', dtype: TensorDtype.FLOAT32, shape: [] },
    { name: 'age', dtype: TensorDtype.INT32, shape: [] },
    { name: 'member', dtype: TensorDtype.BOOL, shape: [] },
  ],
  outputs: [{ name: 'scores', dtype: TensorDtype.FLOAT32, shape: [2] }],
  classLabels: ['repaid', 'default'],
};
const image: Signature = {
  inputs: [{ name: 'pixels', dtype: TensorDtype.FLOAT32, shape: [2, 2, 1] }],
  outputs: tabular.outputs,
  classLabels: [],
};

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    assert.equal((error as { extensions?: { code?: string } }).extensions?.code, 'BAD_USER_INPUT');
    return (error as Error).message;
  }
  assert.fail('expected BAD_USER_INPUT');
}

describe('packing prediction instances', () => {
  it('packs named features into one flat array per input, in instance order', () => {
    const [income, age, member] = packInstances(
      tabular,
      [
        { income: 1.5, age: 30, member: true },
        { age: 41, income: 2.5, member: false },
      ],
      10,
    );
    assert.deepEqual([income!.shape, [...income!.values]], [[2], [1.5, 2.5]]);
    assert.ok(age!.values instanceof Int32Array);
    assert.deepEqual([...age!.values], [30, 41]);
    assert.deepEqual([...member!.values], [1, 0]);
  });

  it('packs tensor inputs row-major with the batch dimension first', () => {
    const [pixels] = packInstances(
      image,
      [
        {
          pixels: [
            [[0.1], [0.2]],
            [[0.3], [0.4]],
          ],
        },
      ],
      10,
    );
    assert.deepEqual(pixels!.shape, [1, 2, 2, 1]);
    assert.deepEqual(
      [...pixels!.values].map((v) => Number(v.toFixed(2))),
      [0.1, 0.2, 0.3, 0.4],
    );
  });

  it('takes a tensor input as one flat row-major list too, packed exactly as the nested one', () => {
    const [flat] = packInstances(
      image,
      [
        { pixels: [0.1, 0.2, 0.3, 0.4] },
        {
          pixels: [
            [[0.5], [0.6]],
            [[0.7], [0.8]],
          ],
        },
      ],
      10,
    );
    assert.deepEqual(flat!.shape, [2, 2, 2, 1]);
    assert.deepEqual(
      [...flat!.values].map((v) => Number(v.toFixed(2))),
      [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
    );
    assert.match(
      refusal(() => packInstances(image, [{ pixels: [0.1, 0.2, 'x', 0.4] }], 10)),
      /^instances\[0\]\.pixels\[2\]: must be a finite number, got "x"/,
    );
  });

  it('names the exact element of a nested refusal, and quotes no more than a short prefix of a bad value', () => {
    assert.match(
      refusal(() =>
        packInstances(
          image,
          [
            {
              pixels: [
                [[0.1], [0.2]],
                [[0.3], [true]],
              ],
            },
          ],
          10,
        ),
      ),
      /^instances\[0\]\.pixels\[1\]\[1\]\[0\]: must be a finite number, got true\.$/,
    );
    assert.match(
      refusal(() =>
        packInstances(
          image,
          [
            {
              pixels: [
                [[0.1], [0.2]],
                [[0.3], 7],
              ],
            },
          ],
          10,
        ),
      ),
      /^instances\[0\]\.pixels\[1\]\[1\]: .* at depth 2 expected a list of 1, got number/,
    );
    const huge = 'x'.repeat(100_000);
    const message = refusal(() => packInstances(tabular, [{ income: huge, age: 1, member: true }], 10));
    assert.ok(message.length < 200, `a short message, got ${message.length} characters`);
    assert.ok(refusal(() => packInstances(tabular, [{ [huge]: 1 }], 10)).length < 300);
  });

  it('names the instance and the field of every refusal', () => {
    const ok = { income: 1, age: 2, member: true };
    assert.match(
      refusal(() => packInstances(tabular, [ok, { age: 2, member: true }], 10)),
      /^instances\[1\]\.income: is missing/,
    );
    assert.match(
      refusal(() => packInstances(tabular, [{ ...ok, salary: 3 }], 10)),
      /^instances\[0\]\.salary: is not an input of this model; it takes income, age, member/,
    );
    assert.match(
      refusal(() => packInstances(tabular, [{ ...ok, income: 'rich' }], 10)),
      /^instances\[0\]\.income: must be a finite number, got "rich"/,
    );
    assert.match(
      refusal(() => packInstances(tabular, [{ ...ok, income: null }], 10)),
      /^instances\[0\]\.income: must be a finite number, got null/,
    );
    assert.match(
      refusal(() => packInstances(tabular, [{ ...ok, income: Infinity }], 10)),
      /^instances\[0\]\.income: must be a finite number, got Infinity/,
    );
    assert.match(
      refusal(() => packInstances(tabular, [{ ...ok, income: 1e39 }], 10)),
      /^instances\[0\]\.income: is out of range for FLOAT32 \(at most ±3\.4028234663852886e\+38\), got 1e\+39/,
    );
    assert.match(
      refusal(() => packInstances(tabular, [{ ...ok, age: 2 ** 31 }], 10)),
      /^instances\[0\]\.age: is out of range for INT32/,
    );
    assert.match(
      refusal(() => packInstances(tabular, [{ ...ok, income: NaN }], 10)),
      /got NaN/,
    );
    assert.match(
      refusal(() => packInstances(tabular, [{ ...ok, age: 30.5 }], 10)),
      /^instances\[0\]\.age: must be a whole number/,
    );
    assert.match(
      refusal(() => packInstances(tabular, [{ ...ok, member: 1 }], 10)),
      /^instances\[0\]\.member: must be true or false/,
    );
    assert.match(
      refusal(() => packInstances(tabular, ['flat'], 10)),
      /^instances\[0\]: must be an object/,
    );
    assert.match(
      refusal(() => packInstances(image, [{ pixels: [[[0.1], [0.2]]] }], 10)),
      /^instances\[0\]\.pixels: must be FLOAT32 of shape \[2, 2, 1\]; at depth 0 expected a list of 2 \(or one flat list of 4\), got a list of 1/,
    );
    assert.match(
      refusal(() => packInstances(tabular, [], 10)),
      /^instances: must hold at least one instance/,
    );
    assert.match(
      refusal(() => packInstances(tabular, [ok, ok, ok], 2)),
      /^instances: holds 3 instances; at most 2/,
    );
  });
});
