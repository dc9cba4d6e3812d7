/*
 * value.h - parse one indicator value (指标值) into op / num / unit / kind.
 *
 * Input is one cell ALREADY normalized by pb_norm_cell(): ASCII digits and
 * % . / < = >, ≥ ≤ for ≧ ≦, no wrapping spaces.  The parser never fails and
 * never invents a number: every number and date field points at, or is read
 * from, digits plainly written in the cell (an O after a digit counting as
 * the 0 OCR took it for), or Chinese numerals formally written.  It
 * reads at most n bytes, any
 * bytes (invalid UTF-8 is just text), in linear time.
 *
 * Grammar (sp = ASCII blanks, skipped between the parts):
 *
 *   value   = [op] (date | [pct] number [unit] [suffix] [clause]) | text
 *   op      = ≥ | ≤ | >= | <= | > | < | =
 *           | 不低于 不少于 不小于 大于等于 至少 达到 不早于   (>=)
 *           | 不高于 不超过 不多于 不大于 小于等于 至多 不晚于 不迟于 (<=)
 *           | 大于 高于 超过 (>) | 小于 低于 (<)
 *             (a word counts only when a number follows it: 不低于上年水平
 *             is text; or a quantity in Chinese numerals, numerals then
 *             the cell's end or a measure word; one whose number does
 *             not read (≥一万二台, elided) is text that keeps its op, not
 *             partial)
 *   pct     = 百分之 before a number (百分之95, ≥百分之95): unit % (unit_norm,
 *             no span), words after the number left out as after %;
 *             another unit (百分之95m) or a date after it is partial
 *   number  = ['-'] digit+ [sep digit{3}]* ['.' digit+] | numerals
 *   numerals= Chinese numerals formally written (pb_value_cjk_number:
 *             十二, 一百零五, 一万二千, 三点五, 半 alone), first a digit,
 *             十, 零点 or 半, then the cell's end, a measure word (次 个 人
 *             台 套 项 天 年 周 元 亩 米 吨 成 ...: cjk_measure; not 月, 三月
 *             being March), 以上 以内 ... 左右, or a range's sign and a
 *             second quantity; after 百分之 anything (百分之百 is 100).  A
 *             万 or 亿 ending them is the unit's (三万元: 三, unit 万元, as
 *             3万元).  The same value in digits reads the same (≥十台 as
 *             ≥10台).  Words that only start with a numeral count nothing:
 *             一流, 十三五, 一次性, 一人一档, 四个意识, 三年级, 万一...;
 *             no date is read from numerals
 *             a minus only where a number starts (≥-5%, -5%: a fall is
 *             a target too); after a number it joins a range (95%-100%)
 *             sep: ',' or '，', or ' ' (1 000: every sep a space then);
 *             OCR's O or o after a digit (or first in a group after a
 *             sep) is a 0 in a digit's place: 9O%, 8O0, 1,OOO
 *   unit    = the rest of the cell up to a clause, trimmed; 百分比 reads as %;
 *             words after % are no part of it (100%完成: %), a 以上 or
 *             以下 first in them a suffix (95%以上完成: >=, %)
 *   clause  = ， , ； ; 。 ！ outside brackets and what follows (95%以上，力争100%,
 *             ≥3个，其中省级1个, 100%。), or a '.' ending the cell (100%．
 *             normalized): said of the target, no part of the unit,
 *             and not partial unless it starts with a number (≥90%，100%:
 *             a list)
 *   suffix  = [及]以上 (>=) | [及]以下 | [及]以内 | 之内 (<=), taken off the unit,
 *             and 内 (<=) after a measure (天 日 时 钟 月 年 元 里 米 次 个...,
 *             % or a Latin letter: 3个工作日内, 5km内; 省内 keeps it);
 *             it sets op when there is none, is dropped when it agrees with
 *             op, and otherwise stays in the unit
 *   note    = (…) or （…） ending the cell after a unit (100%（按期完成）,
 *             95%以上（含95%）): taken off the unit, before or after a
 *             suffix; 3（个） keeps its brackets as the unit
 *   date    = YYYY年[度] [M月[份] [D日|D号|底|末] | 底|末 | part [底|末]]
 *                                                   [dsuffix] [rest]
 *           | YYYY-M-D | YYYY/M/D | YYYY.M.D | YYYY-M | YYYY/M   [底|末] [dsuffix] [rest]
 *           | YYYY.M (底|末|dsuffix) [rest]
 *           | M月 (D日|D号|底|末)   [dsuffix] [rest]     (no year: year 0)
 *           | [本|当]年[度] (底|末|内)  [dsuffix] [rest]  (month 12 of year 0)
 *   dsuffix = 前 之前 以前 内 之内 以内 (<=) | 后 之后 以后 (>=), same
 *             agreement rule
 *   part    = [第](一|二|三|四|1-4)(季度|季) | Q1-Q4 | 上半年 | 下半年: the
 *             date is the year (no month is made up), op <= unless a
 *             sign or a dsuffix gives one (2025年第三季度前: <=)
 *
 * A year is 4 digits in 1900..2100; a month 1..12; a day exists in that
 * month (2024年2月30日 does not).  底/末 set period_end and no day is made
 * up.  `2024.12` is the number 2024.12 (as written) unless a date's word
 * follows (`2024.12前`) or the value is a 时效指标's
 * (pb_value_parse_timely), `≤12月` is the number
 * 12 with unit 月: a month alone is a count of months.  `12月底前` and
 * `6月30日` are dates with year 0: the filing's year is not assumed.
 * Text after a date (`完成`) is `rest`.
 *
 * A cell that does not start with an operator or a number is plain text
 * (kind TEXT, op NULL, partial 0), and so is a numbered item such as
 * `1.加强管理` or `1、…` (digits then `.` or `、` and no operator).
 *
 * partial = 1 means: the cell starts like a quantity (a comparison sign,
 * or a digit, possibly after a word operator) but what follows is malformed,
 * so reading a number or date from it would mean guessing.  Exactly:
 *  - a comparison sign with no number after it (`≥`, `≥.5`, `≥满意`), but
 *    for a quantity in Chinese numerals (`≥一万二台`, above);
 *  - 4 or more digits before 年 that are not a year (`≤62024年6月底`);
 *  - a date with a month or day out of range, or a month or day number
 *    without its 月/日 (`2024年13月`, `2024-02-30`, `2024年6`, `6月31日`);
 *  - the number runs into another number: a range, ratio, fraction or
 *    second decimal point (`90%-100%`, `1-2次`, `3万至5万`, `90%到95%`,
 *    `3到5个工作日`; 到 only right after the number or after a unit the
 *    second repeats, or a % the second ends the value without: 达到95%
 *    and `≥95%，到2025年底` are no range), `1:1`, `1：1`,
 *    `1∶1` (U+2236), `1比1`, `1/2`,
 *    `1.2.3`, `1 2`), or a bad thousands group (`1,00`);
 *  - a power of ten or a product after the number (`10^4`, `10⁴`,
 *    `1.2E+05`, `1e3`, `1.2×10⁴`, `2*3`): the value is not the number
 *    written, and no number is made up;
 *  - a minus before a date (`-2024年`);
 *  - an operator before a number that ends in `.` or `、` (`≥1.`);
 *  - a number with an O for 0 followed by a Latin letter (`≥1OK`: the O
 *    may start a word) or by 年 月 日 号 (`2O24年底`: a date the O hides).
 * Then kind is TEXT, op keeps the leading operator (if any), num, unit and
 * the date fields are cleared, and bad_off is where the trouble starts.
 * The range and bound tests look into a note too (`≥90%（≤100%）`).
 * A plain number followed by free text (`≥1每村1次`, `≤7村的数量`, a clause
 * `≥95%，力争100%`) and an
 * implausible but plainly written number (`100100%`) are NOT partial:
 * judging them is the checker's job.
 */
#ifndef PB_VALUE_H
#define PB_VALUE_H

#include <stddef.h>

typedef enum { PB_VK_NUMBER, PB_VK_DATE, PB_VK_TEXT } pb_value_kind;

typedef struct {
	pb_value_kind kind;
	const char *op;            /* ">=", "<=", ">", "<", "=" (static) or NULL */
	size_t num_off, num_len;   /* number as written in s, its minus sign, thousands separators
	                            * (',' '，' or ' ') and O for 0 kept, or its
	                            * Chinese numerals (see pb_value_num); len 0 = none */
	size_t unit_off, unit_len; /* unit span in s; len 0 = none */
	const char *unit_norm;     /* "%" for 百分比 (the span) or 百分之95
	                            * (no span), else NULL: use the span */
	int year, month, day;      /* dates only; 0 when absent */
	int period_end;            /* date ends in 底/末 (end of year or month) */
	size_t rest_off, rest_len; /* dates only: text after the date, e.g. 完成 */
	int partial;               /* see above */
	size_t bad_off;            /* partial only: offset where parsing broke */
} pb_value;

/* s[0..n) is one normalized cell (UTF-8).  Never fails; unknown text is
 * PB_VK_TEXT.  Offsets are into s. */
void pb_value_parse(const char *s, size_t n, pb_value *v);

/* pb_value_parse for a 时效指标's value: a target in time, so YYYY.M and
 * YYYY.MM (a year 1900..2100, a month 1..12) are that month, 2026.06 the
 * date 2026-06, where pb_value_parse reads the number 2026.06.  Only a
 * value pb_value_parse reads as a number is read otherwise. */
void pb_value_parse_timely(const char *s, size_t n, pb_value *v);

/* the value of an indicator whose level-2 name is level2 (NULL: none):
 * pb_value_parse_timely under 时效指标 (pb_review_same), else
 * pb_value_parse */
void pb_value_parse_in(const char *level2, const char *s, size_t n, pb_value *v);

/* The number of v as a '-', digits and '.', O read as 0, separators left
 * out (1 000 and 1,000 give 1000; leading zeros stay, but after a minus,
 * -05 giving -5), Chinese numerals as their number (一百零五 105): at most
 * num_len bytes and a NUL into out.  Its length. */
size_t pb_value_num(const pb_value *v, const char *s, char *out);

/* The number of the Chinese numerals s[0..n), written formally (十二,
 * 一百零五, 三千五百, 一万二千, 三点五; 半 alone is 0.5, 百 alone 100),
 * as digits and maybe a '.' into out: at most n bytes and a NUL.  Its
 * length, or 0 (out untouched) when s is no such numeral: an elided
 * place (一万二, 百二, 一百二), digits side by side (十三五), a place
 * with no digit before it (百万, 千方) but for 十 first, 两 but before a
 * place or alone; or a number longer than the numerals (一亿: 9 digits
 * in 6 bytes), which no number's span holds (a 万 or 亿 that ends the
 * numerals is the unit's: 一亿元 is 1 亿元). */
size_t pb_value_cjk_number(const char *s, size_t n, char *out);

/* "number", "date", "text" */
const char *pb_value_kind_name(pb_value_kind k);

/* The unit to report: unit_norm, or the span in s.  NULL (and *len 0)
 * when there is none. */
const char *pb_value_unit(const pb_value *v, const char *s, size_t *len);

#endif
