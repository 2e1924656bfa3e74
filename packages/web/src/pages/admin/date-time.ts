/**
 * @module pages/admin/date-time
 * A timestamp as a date and time in the dashboard's locale, in UTC and saying so: keys and
 * federation runs are compared across servers, whose local zones differ.
 */
import { useMemo } from 'react';
import { useT } from '../../i18n/context.tsx';

export function useDateTime(): (iso: string) => string {
  const { locale } = useT();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    });
    return (iso) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : `${format.format(d)} UTC`;
    };
  }, [locale]);
}
