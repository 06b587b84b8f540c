/**
 * The packing check (the wrong-colour guard): before an order is marked packed, the packer compares each
 * item's colour/variant and quantity with the packing list and the variant the customer confirmed, and
 * ticks `Dicek` on the order's row in Gudang · Pengiriman. Tandai dikemas refuses an order not ticked.
 * A sheet without the column (a shop that has not rerun Setup since the check came) packs as before,
 * and the message says to run Setup.
 */
import { Cell, cellText } from './cell';
import { Text } from './i18n';

/** Whether the packing check applies: the column exists (`required`), or the sheet predates it (`no-column`). */
export type PackingCheckMode = 'required' | 'no-column';

/** The ways people tick a box in a sheet: `Ya` from the dropdown, or typed (`ya`, `Y`, `yes`, `sudah`, `ok`, `✓`), or a checkbox. */
const TICKED = new Set(['ya', 'y', 'yes', 'sudah', 'ok', 'oke', '✓', '✔', 'v', 'true']);

/** Whether a Dicek cell says the order was checked; blank, `Belum`, `Tidak` and anything else do not. */
export function isPackingChecked(value: Cell | undefined): boolean {
  if (value === true) return true;
  return TICKED.has(cellText(value).toLowerCase());
}

/** Why an order not ticked stays waiting for packing. */
export const NOT_CHECKED: Text = {
  id: 'belum dicek — cocokkan warna/varian dan jumlah tiap item dengan packing list dan varian yang dikonfirmasi pelanggan, isi kolom Dicek = Ya, lalu Tandai dikemas lagi',
  en: 'not checked yet — compare each item\'s colour/variant and quantity with the packing list and the variant the customer confirmed, set Dicek to Ya, then Mark packed again',
};

/** What a sheet without the Dicek column is told (the orders are still packed). */
export const CHECK_COLUMN_MISSING: Text = {
  id: 'Kolom Dicek belum ada di Gudang · Pengiriman, jadi pesanan dikemas tanpa cek packing. Jalankan Toko → Setup untuk menambahkannya; setelah itu Tandai dikemas hanya untuk pesanan yang Dicek = Ya.',
  en: 'Gudang · Pengiriman has no Dicek column yet, so the orders were packed without the packing check. Run Toko → Setup to add it; from then on Mark packed takes only orders with Dicek = Ya.',
};
