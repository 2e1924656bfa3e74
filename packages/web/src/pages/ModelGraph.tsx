/** @module pages/ModelGraph — placeholder while the page is written. */
import type { PageProps } from '../App.tsx';
import { NotAvailable } from '../ui/status.tsx';

export default function ModelGraph(_props: PageProps) {
  return <NotAvailable feature="ModelGraph" />;
}
