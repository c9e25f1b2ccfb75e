import { useEffect, useState } from 'react';

/**
 * Dark mode follows the system until the reader flips the toggle; their choice is remembered.
 * The CSS reads `.dark` / `.light` on <html>; with neither, `prefers-color-scheme` decides.
 */
export type Theme = 'system' | 'light' | 'dark';

/** Where the reader's choice is kept (index.html's first script reads it too, before the first paint). */
export const THEME_KEY = 'timeline-explorer:theme';

export function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system'; // storage blocked: follow the system
  }
}

export function applyTheme(theme: Theme) {
  document.documentElement.classList.toggle('dark', theme === 'dark');
  document.documentElement.classList.toggle('light', theme === 'light');
}

const systemIsDark = () => window.matchMedia('(prefers-color-scheme: dark)').matches;

/** Whether the page is dark now, and a toggle that flips it and remembers the choice. */
export function useDarkMode(): [boolean, () => void] {
  const [theme, setTheme] = useState(storedTheme);
  const [systemDark, setSystemDark] = useState(systemIsDark);

  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  useEffect(() => applyTheme(theme), [theme]);

  const isDark = theme === 'dark' || (theme === 'system' && systemDark);
  const toggle = () => {
    const next: Theme = isDark ? 'light' : 'dark';
    setTheme(next);
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // storage blocked: the choice lasts for this page only
    }
  };
  return [isDark, toggle];
}
