import { hash, verify } from '@node-rs/argon2';

/** argon2id (the library default) with OWASP's minimum parameters: 19 MiB, 2 passes. */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * Password rules: 8–64 characters, at least three of upper case, lower case, digits and symbols,
 * and not containing the username. Returns a Chinese message, or null when acceptable.
 */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < 8) return '密码长度至少 8 位';
  if (password.length > 64) return '密码长度不能超过 64 位';
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) return '密码须包含大写字母、小写字母、数字、符号中的至少三类';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含用户名';
  return null;
}

/** Lockout rule: after `threshold` consecutive failures the account locks for `minutes`. */
export function lockoutAfterFailure(
  failedBefore: number,
  now: Date,
  rule: { threshold: number; minutes: number },
): { failedLogins: number; lockedUntil: Date | null } {
  const failedLogins = failedBefore + 1;
  if (failedLogins >= rule.threshold) {
    return { failedLogins: 0, lockedUntil: new Date(now.getTime() + rule.minutes * 60_000) };
  }
  return { failedLogins, lockedUntil: null };
}
