/** @module pages/Admin — placeholder while the page is written. */
import type { PageProps } from '../App.tsx';
import { NotAvailable } from '../ui/status.tsx';

export default function Admin(_props: PageProps) {
  return <NotAvailable feature="Admin" />;
}
