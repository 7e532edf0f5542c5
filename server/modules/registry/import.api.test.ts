import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import { importWorkbook, type ImportCells } from '../../../tests/support/import-workbook.js';
import { citizenId } from '../../seed/identity.js';
import { createRandom } from '../../seed/random.js';

const COMMUNITY = '360203001002';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const rng = createRandom('import-api-test');
const id = (birthDate: string, sex: 1 | 2 = 1) => citizenId(rng, { regionCode6: '360203', birthDate, sex });

interface Report {
  id: number;
  status: string;
  totalRows: number;
  validRows: number;
  rejectedRows: number;
  employmentRows: number;
  unemploymentRows: number;
  loadedPeople: number | null;
  errors: { row: number; column: string; value: string; message: string }[];
  can: { confirm: boolean; discard: boolean };
}

describe('registry: Excel import of people and registrations', () => {
  let t: TestApp;
  let assistant: Client;

  before(async () => {
    t = await createTestApp();
    assistant = await t.login('community_op');
  });
  after(() => t.close());

  const upload = (client: Client, file: Buffer, fileName = 'hand-in.xlsx') =>
    client.raw({ method: 'POST', url: `/api/registry/imports?fileName=${encodeURIComponent(fileName)}`, headers: { 'content-type': XLSX }, payload: file });
  const peopleWith = async (ids: string[]) => (await t.db.selectFrom('person').select('citizen_id').where('citizen_id', 'in', ids).execute()).length;
  const base = (citizen: string, name: string): ImportCells => ({ name, citizenId: citizen, hukouType: '本地城镇', community: COMMUNITY });

  test('the template has every column and an instructions sheet', async () => {
    const res = await assistant.get('/api/registry/imports/template');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const header = (workbook.worksheets[0].getRow(1).values as string[]).filter(Boolean);
    assert.deepEqual(header.slice(0, 3), ['姓名*', '公民身份号码*', '民族']);
    assert.equal(header.length, 18);
    assert.equal(workbook.worksheets[1].name, '填写说明');
  });

  test('every broken row is reported with its reason; nothing is written until confirmed', async () => {
    const seeded = await t.db.selectFrom('person').select(['citizen_id', 'name']).where('region_code', '=', COMMUNITY).orderBy('id').executeTakeFirstOrThrow();
    const good = [id('1985-03-11'), id('1990-07-21', 2), id('1979-12-01')];
    const badChecksum = `${good[0].slice(0, 17)}${good[0][17] === '0' ? '1' : '0'}`;
    const repeated = id('1988-08-08', 2);
    const old = id('1960-01-15', 1);
    const rows: ImportCells[] = [
      { ...base(good[0], '王小明'), ethnicity: '汉族', education: '本科', phone: '13800001111' },
      { ...base(good[1], '李秀英'), ethnicity: '01', registration: '失业', registeredOn: '2026-10-09', unemploymentReason: '被单位解除劳动合同' },
      { ...base(good[2], '赵建国'), registration: '就业', employmentKind: '单位就业', employerName: '景德镇陶瓷厂', startedOn: new Date(Date.UTC(2026, 8, 1)) },
      { ...base(badChecksum, '钱错号') },
      { ...base(repeated, '孙重复'), ethnicity: '火星族' },
      { ...base(id('1992-02-02'), '周外区'), community: '360202001001' },
      { ...base(repeated, '孙重复') },
      { ...base(repeated, '孙重复二') },
      { ...base(seeded.citizen_id, seeded.name) },
      { ...base(id('1993-03-03', 2), '吴未来'), registration: '就业', employmentKind: '灵活就业', startedOn: '2027-01-01' },
      { ...base(old, '郑退休'), registration: '失业', registeredOn: '2026-10-01', unemploymentReason: '本人辞职' },
      { ...base(id('1994-04-04'), '冯数字'), citizenId: 360203199404040000 },
      { ...base(id('1995-05-05'), '陈外地'), hukouType: '外地户籍', registration: '失业', registeredOn: '2026-10-01', unemploymentReason: '本人辞职', localWorkMonths: '3' },
    ];
    const res = await upload(assistant, await importWorkbook(rows));
    assert.equal(res.statusCode, 200, res.body);
    const report = res.json() as Report;
    assert.equal(report.status, 'validated');
    assert.equal(report.totalRows, 13);
    assert.equal(report.validRows, 4, JSON.stringify(report.errors));
    assert.equal(report.rejectedRows, 9);
    assert.equal(report.employmentRows, 1);
    assert.equal(report.unemploymentRows, 1);
    const reason = (row: number) => report.errors.filter((e) => e.row === row).map((e) => `${e.column}:${e.message}`);
    assert.deepEqual(reason(5), ['公民身份号码:身份证号码校验位错误']);
    assert.deepEqual(reason(6), ['民族:民族不在代码表（GB 3304）中']);
    assert.match(reason(7)[0], /^居住社区:居住社区不存在/);
    // Row 6 has a bad code, so row 8 is the first valid row of that number and row 9 repeats it.
    assert.deepEqual(reason(8), []);
    assert.deepEqual(reason(9), ['公民身份号码:与第 8 行身份证号重复']);
    assert.deepEqual(reason(10), [`公民身份号码:该身份证号已登记（${seeded.name}，风景路社区居委会），请在个人档案中办理`]);
    assert.deepEqual(reason(11), ['就业日期:就业日期不能晚于今天']);
    assert.deepEqual(reason(12), ['公民身份号码:不在法定劳动年龄内，不能办理失业登记']);
    assert.match(reason(13)[0], /^公民身份号码:身份证号以数字格式保存/);
    assert.deepEqual(reason(14), ['本地稳定就业月数:外地户籍人员须在本地稳定就业满 6 个月方可登记失业']);
    assert.equal(await peopleWith([...good, repeated]), 0, 'validation writes nothing to the registry');
    assert.deepEqual(report.can, { confirm: true, discard: true });

    const paged = (await assistant.get(`/api/registry/imports/${report.id}/errors?page=2&pageSize=5`)).json();
    assert.equal(paged.total, report.errors.length);
    assert.deepEqual(paged.items, report.errors.slice(5, 10));
    const exported = await assistant.get(`/api/registry/imports/${report.id}/errors/export`);
    assert.equal(exported.statusCode, 200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    assert.equal(book.worksheets[0].rowCount, report.errors.length + 1);

    const confirmed = await assistant.post(`/api/registry/imports/${report.id}/confirm`);
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    assert.equal(confirmed.json().status, 'confirmed');
    assert.equal(confirmed.json().loadedPeople, 4);
    const loaded = await t.db.selectFrom('person').select(['id', 'citizen_id', 'name', 'labour_status', 'sex', 'birth_date', 'ethnicity', 'education', 'name_initials']).where('citizen_id', 'in', [...good, repeated]).orderBy('citizen_id').execute();
    assert.equal(loaded.length, 4);
    const byId = new Map(loaded.map((p) => [p.citizen_id, p]));
    assert.deepEqual([byId.get(good[0])?.labour_status, byId.get(good[1])?.labour_status, byId.get(good[2])?.labour_status, byId.get(repeated)?.labour_status], ['none', 'unemployed', 'employed', 'none']);
    assert.equal(byId.get(good[0])?.education, '21');
    assert.equal(byId.get(good[0])?.ethnicity, '01');
    assert.equal(byId.get(good[0])?.name_initials, 'wxm');
    assert.equal(byId.get(good[1])?.sex, 2);
    const spell = await t.db.selectFrom('employment_registration').select(['kind', 'employer_name', 'started_on']).where('person_id', '=', Number(byId.get(good[2])?.id)).executeTakeFirstOrThrow();
    assert.deepEqual(spell, { kind: 'employer', employer_name: '景德镇陶瓷厂', started_on: '2026-09-01' });
    const unemployed = await t.db.selectFrom('unemployment_registration').select(['reason', 'registered_on', 'counts_in_rate']).where('person_id', '=', Number(byId.get(good[1])?.id)).executeTakeFirstOrThrow();
    assert.deepEqual(unemployed, { reason: 'dismissed', registered_on: '2026-10-09', counts_in_rate: true });
    const traced = await t.db.selectFrom('import_row').select(['row_number', 'person_id']).where('batch_id', '=', report.id).orderBy('row_number').execute();
    assert.deepEqual(traced.map((r) => r.row_number), [2, 3, 4, 8]);
    assert.ok(traced.every((r) => r.person_id !== null));
    const audit = await t.db.selectFrom('audit_log').select(['event_type']).where('entity_type', '=', 'import_batch').where('entity_id', '=', String(report.id)).orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.event_type), ['import.validated', 'import.confirmed']);

    const again = await assistant.post(`/api/registry/imports/${report.id}/confirm`);
    assert.equal(again.statusCode, 409);
    assert.equal(await t.db.selectFrom('person').select('id').where('citizen_id', 'in', good).execute().then((r) => r.length), 3, 'a second confirm loads nothing twice');
  });

  test('a file whose people were registered since the upload is refused whole', async () => {
    const ids = [id('1981-01-21'), id('1982-02-22', 2), id('1983-03-23')];
    const report = (await upload(assistant, await importWorkbook(ids.map((c, i) => base(c, `蒋测试${'一二三'[i]}`))))).json() as Report;
    assert.equal(report.validRows, 3);
    const direct = await assistant.post('/api/registry/people', { citizenId: ids[1], name: '蒋测试二', hukouType: 'urban', regionCode: COMMUNITY });
    assert.equal(direct.statusCode, 200);
    const res = await assistant.post(`/api/registry/imports/${report.id}/confirm`);
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().message, '上传校验后，文件中有 1 人已被登记（如第 3 行），本次未导入任何数据，请重新上传文件');
    assert.equal(await peopleWith(ids), 1, 'only the directly registered person exists');
    const discarded = await assistant.post(`/api/registry/imports/${report.id}/discard`);
    assert.equal(discarded.json().status, 'discarded');
    assert.equal((await t.db.selectFrom('import_row').select('row_number').where('batch_id', '=', report.id).execute()).length, 0, 'discarding deletes the staged personal data');
  });

  test('files that cannot be read are refused with a field error', async () => {
    const notExcel = await upload(assistant, Buffer.from('name,id\n张三,1'));
    assert.equal(notExcel.statusCode, 400);
    assert.deepEqual(notExcel.json().details, [{ field: 'file', message: '无法读取该文件，请上传 Excel 2007 及以上格式（.xlsx）的文件' }]);
    const missing = await upload(assistant, await importWorkbook([], { headers: ['姓名', '公民身份号码', '民族'] }));
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.json().message, '缺少必填列：户籍性质、居住社区，请使用导入模板');
    const empty = await upload(assistant, await importWorkbook([]));
    assert.equal(empty.json().message, '文件中没有数据行');
    const before = (await t.db.selectFrom('import_batch').select('id').execute()).length;
    assert.equal(before, 2, 'refused files leave no batch behind');
  });

  test('only the uploader confirms; others in scope see the report with ID numbers masked; outsiders see nothing', async () => {
    const citizen = id('1986-06-16', 2);
    const report = (await upload(assistant, await importWorkbook([{ ...base(citizen, '韩测试'), ethnicity: '不存在' }, base(id('1987-07-17'), '韩测试二')]))).json() as Report;
    assert.equal(report.errors[0].value, '不存在');
    const district = await t.login('district_op');
    const seen = await district.get(`/api/registry/imports/${report.id}`);
    assert.equal(seen.statusCode, 200);
    assert.deepEqual(seen.json().can, { confirm: false, discard: false });
    assert.equal((await district.post(`/api/registry/imports/${report.id}/confirm`)).statusCode, 403);
    const list = (await district.get('/api/registry/imports')).json();
    assert.ok(list.items.some((b: Report) => b.id === report.id));
    const other = await t.login('op_360202');
    assert.equal((await other.get(`/api/registry/imports/${report.id}`)).statusCode, 404);
    const reviewer = await t.login('street_rev');
    assert.equal((await reviewer.get('/api/registry/imports')).statusCode, 403, 'reviewers do not import');
  });
});
