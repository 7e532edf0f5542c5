/**
 * 劳动力市场职业分类与代码 (LB501-2002) — the 7-digit occupation code used by public
 * employment service (PES) information systems.
 *
 * Structure: major group (1 digit) + medium group (2) + minor group (2) + detail (2).
 * It is the 大典 dashed code without dashes: 大典 "4-99-00-01" ⇔ PES "4990001".
 * A higher-level group is written with its trailing segments zeroed:
 *   major "4000000", medium "4990000", minor "4990100", detail "4990101".
 * As in the 大典, a medium group without minor groups may hold details directly under a
 * "00" minor segment ("4990001"); its parent is the medium group "4990000".
 * A "00" medium segment followed by non-zero digits ("1000100") is rejected. Consequently the
 * 大典 placeholder medium groups "7-00" / "8-00" have no 7-digit form of their own: they map
 * onto the major group code ("8000000").
 *
 * Seed data: LB501-2002 follows the 1999 大典, whose eight major groups are listed below.
 * Only groups 1–6 are shipped: how LB501 codes groups 7 (军人) and 8 (不便分类的其他从业
 * 人员) in 7-digit form could not be verified (GB/T 6565-1999 used letters for them), so
 * they are left to the importer of the full code list. effectiveFrom "2002-01-01" is the
 * year of the standard's designation, not a verified promulgation date.
 *
 * All functions are pure and never throw.
 */
import type { CodeTableSeed } from './types.js';

const PES_CODE_RE = /^[1-9]\d{6}$/;

/** The four segments of a PES occupation code. */
export interface PesOccupationSegments {
  major: string;   // 1 digit, "1".."9"
  medium: string;  // 2 digits
  minor: string;   // 2 digits
  detail: string;  // 2 digits
}

/** Splits a 7-digit code into segments without validating the zero rules; null if not 7 digits with a non-zero first digit. */
export function pesOccupationSegments(code: string): PesOccupationSegments | null {
  if (!PES_CODE_RE.test(code)) return null;
  return {
    major: code.slice(0, 1),
    medium: code.slice(1, 3),
    minor: code.slice(3, 5),
    detail: code.slice(5, 7),
  };
}

/** True if `code` is a well-formed 7-digit PES occupation code (any level). */
export function isPesOccupationCode(code: string): boolean {
  const s = pesOccupationSegments(code);
  if (s === null) return false;
  if (s.medium === '00' && (s.minor !== '00' || s.detail !== '00')) return false;
  return true;
}

/**
 * Level of a PES occupation code: 1 major, 2 medium, 3 minor, 4 detail (occupation).
 * null if the code is not valid.
 */
export function pesOccupationLevel(code: string): 1 | 2 | 3 | 4 | null {
  if (!isPesOccupationCode(code)) return null;
  if (code.slice(1) === '000000') return 1;
  if (code.slice(3) === '0000') return 2;
  if (code.slice(5) === '00') return 3;
  return 4;
}

/**
 * Parent code, obtained by zeroing the last non-zero segment ("4990101" → "4990100",
 * "4990001" → "4990000", "4990100" → "4990000", "4990000" → "4000000").
 * null for a major group and for invalid codes.
 */
export function pesOccupationParent(code: string): string | null {
  switch (pesOccupationLevel(code)) {
    case 4: return `${code.slice(0, 5)}00`;
    case 3: return `${code.slice(0, 3)}0000`;
    case 2: return `${code.slice(0, 1)}000000`;
    default: return null;
  }
}

/** All ancestors from the direct parent up to the major group; [] for a major group or an invalid code. */
export function pesOccupationAncestors(code: string): string[] {
  const out: string[] = [];
  let p = pesOccupationParent(code);
  while (p !== null) {
    out.push(p);
    p = pesOccupationParent(p);
  }
  return out;
}

const DADIAN_RE = /^([1-9])(?:-(\d{2})(?:-(\d{2})(?:-(\d{2}))?)?)?$/;

/**
 * Converts a 大典 code ("4", "4-99", "4-99-01", "4-99-01-02") to the 7-digit PES form,
 * padding missing segments with zeros. null if the input is not a 大典 code or the
 * result is not a valid PES code.
 */
export function dadianToPesOccupationCode(code: string): string | null {
  const m = DADIAN_RE.exec(code);
  if (m === null) return null;
  const out = `${m[1]}${m[2] ?? '00'}${m[3] ?? '00'}${m[4] ?? '00'}`;
  return isPesOccupationCode(out) ? out : null;
}

export const PES_OCCUPATION_LB501_2002: CodeTableSeed = {
  type: 'pes_occupation',
  edition: 'LB501-2002',
  standard: 'LB501-2002 劳动力市场职业分类与代码',
  name: '劳动力市场职业分类',
  nameEn: 'Labour market occupational classification (PES)',
  effectiveFrom: '2002-01-01',
  entries: [
    { code: '1000000', name: '国家机关、党群组织、企业、事业单位负责人', nameEn: 'Heads of state organs, Party and mass organizations, enterprises and institutions', level: 1 },
    { code: '2000000', name: '专业技术人员', nameEn: 'Professional and technical personnel', level: 1 },
    { code: '3000000', name: '办事人员和有关人员', nameEn: 'Clerks and related personnel', level: 1 },
    { code: '4000000', name: '商业、服务业人员', nameEn: 'Commercial and service personnel', level: 1 },
    { code: '5000000', name: '农、林、牧、渔、水利业生产人员', nameEn: 'Agricultural, forestry, animal husbandry, fishery and water conservancy workers', level: 1 },
    { code: '6000000', name: '生产、运输设备操作人员及有关人员', nameEn: 'Production and transport equipment operators and related workers', level: 1 },
  ],
};
