/** What a spreadsheet locale changes in this emulator: separators, month and day names, date order. */

/** The locale-dependent pieces of typing and display. */
export interface LocaleInfo {
  thousandsSeparator: string;
  decimalSeparator: string;
  monthNames: readonly string[];
  shortMonthNames: readonly string[];
  dayNames: readonly string[];
  shortDayNames: readonly string[];
  /** Order of day and month in a typed or displayed d/m/y date. */
  dayFirst: boolean;
}

const INDONESIAN: LocaleInfo = {
  thousandsSeparator: '.',
  decimalSeparator: ',',
  monthNames: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  shortMonthNames: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  dayNames: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  shortDayNames: ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'],
  dayFirst: true,
};

const ENGLISH_US: LocaleInfo = {
  thousandsSeparator: ',',
  decimalSeparator: '.',
  monthNames: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  shortMonthNames: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  dayNames: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  shortDayNames: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  dayFirst: false,
};

/** id_* is Indonesian; en_US is US English; any other locale is English with day-first dates. */
export function localeInfo(locale: string): LocaleInfo {
  if (locale.startsWith('id')) return INDONESIAN;
  if (locale === 'en_US') return ENGLISH_US;
  return { ...ENGLISH_US, dayFirst: true };
}
