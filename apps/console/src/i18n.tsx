import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { en, type Locale, type MessageKey, zhCN } from './messages';

export type { Locale };
const STORAGE_KEY = 'gongjian.locale';
const catalogues: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  /** a code from the API (category, status…) under a prefix, e.g. label('status', 'open') */
  label: (prefix: string, code: string | null | undefined) => string;
}

const I18nContext = createContext<I18n | null>(null);

function storedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function format(template: string, vars?: Record<string, string | number>): string {
  return vars ? template.replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m)) : template;
}

/** zh-CN unless the person chose English (kept in localStorage). */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const catalogue = catalogues[locale];
    const t: Translate = (key, vars) => format(catalogue[key] ?? zhCN[key] ?? key, vars);
    const label = (prefix: string, code: string | null | undefined) => {
      if (!code) return '—';
      const key = `${prefix}.${code}` as MessageKey;
      return key in catalogue ? catalogue[key] : code;
    };
    return { locale, setLocale, t, label };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
