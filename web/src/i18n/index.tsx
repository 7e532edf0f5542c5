import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { zh, type MessageKey } from './zh';
import { en } from './en';

export type Lang = 'zh' | 'en';
export type { MessageKey };
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const STORAGE_KEY = 'jy.lang';
const DICTS: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** The language stored in localStorage (zh unless the user chose English). */
export function getLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

function applyDayjsLocale(lang: Lang): void {
  dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

/** Translates outside React (e.g. in the API client). */
export const translate: Translate = (key, vars) => format(DICTS[getLang()][key], vars);

function format(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const initial = getLang();
    applyDayjsLocale(initial);
    return initial;
  });
  const setLang = useCallback((next: Lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // storage unavailable: keep the choice for this page only
    }
    applyDayjsLocale(next);
    setLangState(next);
  }, []);
  const value = useMemo<I18nValue>(() => {
    const dict = DICTS[lang];
    return { lang, setLang, t: (key, vars) => format(dict[key], vars) };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** Shorthand for the translate function. */
export function useT(): Translate {
  return useI18n().t;
}
