#include "norm.h"

#include <stdint.h>
#include <string.h>

#include "compiler.h"
#include "html.h"
#include "swar.h"
#include "utf8.h"

int pb_is_cjk(int32_t cp)
{
	return (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
	       (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFFEF) ||
	       (cp >= 0x20000 && cp <= 0x3FFFF);
}

/* inline in norm_line and plain3: a call for each character they
 * decode (with fold inline too, about 1 M of pbtable's 240 M
 * instructions on three corpus files) */
static PB_ALWAYS_INLINE int is_space(int32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
	       cp == '\v' || cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200A);
}

int pb_is_space(int32_t cp)
{
	return is_space(cp);
}

/*
 * Is cp a format character that prints nothing: the soft hyphen (U+00AD,
 * Word's optional hyphen), the zero-width space, joiners and direction
 * marks (U+200B..U+200F), bidi embeddings (U+202A..U+202E), the word
 * joiner and invisible operators (U+2060..U+2064), isolates and the
 * deprecated format controls (U+2066..U+206F), the Mongolian vowel
 * separator (U+180E) and the zero-width no-break space (U+FEFF) inside a
 * line?  Dropped, as if not there.  WHY: a conversion leaves them where
 * the original had them, inside numbers too: ≥1\u00AD0项 was the number 1
 * and the unit \u00AD0项 (silently), 9\u2060 5% a rate in \u20605%, a
 * name kept its soft hyphen (another group to pbsum than the same name
 * without it) and a code had 22 characters.  The zero-width space and
 * U+FEFF were whitespace: between digits, a space kept (1 0, a partial
 * value), where nothing shows.
 */
static PB_ALWAYS_INLINE int is_invisible(int32_t cp)
{
	return cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
	       (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x206F) ||
	       cp == 0x180E || cp == 0xFEFF;
}

int pb_is_invisible(int32_t cp)
{
	return is_invisible(cp);
}

size_t pb_wide_blank_before(const char *s, size_t i)
{
	if (!i || (unsigned char)s[i - 1] < 0x80)
		return i;
	size_t j = i - 1;
	while (j && i - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	int32_t cp;
	if ((size_t)pb_utf8_decode(s + j, i - j, &cp) != i - j || !(is_space(cp) || is_invisible(cp)))
		return i;
	return j;
}

size_t pb_bookmark(const char *s, size_t n)
{
	static const char mark[] = "[bookmark:";
	size_t ml = sizeof mark - 1, i = ml;
	if (n <= ml || memcmp(s, mark, ml))
		return 0;
	while (i < n && s[i] == ' ')
		i++;
	size_t name = i;
	/* a name as Word allows one: letters (any script), digits, _ */
	while (i < n && ((unsigned char)s[i] >= 0x80 || s[i] == '_' || (s[i] >= '0' && s[i] <= '9') ||
	                 ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')))
		i++;
	return i > name && i < n && s[i] == ']' ? i + 1 : 0;
}

static PB_ALWAYS_INLINE int32_t fold(int32_t cp)
{
	if ((cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
	    (cp >= 0xFF41 && cp <= 0xFF5A) || cp == 0xFF05 || cp == 0xFF0E ||
	    cp == 0xFF0F || cp == 0xFF0B || (cp >= 0xFF1C && cp <= 0xFF1E))
		return cp - 0xFEE0;
	if (cp == 0x2267 || cp == 0x2A7E)
		return 0x2265; /* ≧ ⩾ → ≥ (⩾ is common in Chinese typesetting) */
	if (cp == 0x2266 || cp == 0x2A7D)
		return 0x2264; /* ≦ ⩽ → ≤ */
	return cp;
}

static int is_digit(int32_t c) { return c >= '0' && c <= '9'; }
static int is_alnum(int32_t c)
{
	return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static int is_op(int32_t c)
{
	return c == 0x2264 || c == 0x2265 || c == '<' || c == '>' || c == '=';
}

/* Is a run of whitespace between prev and next an artefact of wrapping? */
static int drop_space(int32_t p, int32_t n)
{
	if (pb_is_cjk(p) && (pb_is_cjk(n) || is_digit(n)))
		return 1;
	if (is_digit(p) && pb_is_cjk(n))
		return 1;
	if (is_alnum(p) && (n == 0xB2 || n == 0xB3))
		return 1;
	/* a multiplier before a metric unit: 1 万 m ² is 1万m², one unit */
	if ((p == 0x4E07 || p == 0x4EBF) && ((n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z')))
		return 1;
	if (is_op(p) && (is_digit(n) || n == '.'))
		return 1;
	if (is_digit(p) && n == '%')
		return 1;
	/* formulas in descriptions: 总成本/ 采购数量, 平均成本= 年度… */
	if ((p == '/' || p == '=') && pb_is_cjk(n))
		return 1;
	if (pb_is_cjk(p) && (n == '/' || n == '='))
		return 1;
	return 0;
}

/* The code point that starts at p (valid UTF-8: written by norm_line);
 * ASCII and three bytes, nearly all there is, without the decoder. */
static inline int32_t cp_at(const unsigned char *p, size_t n)
{
	if (p[0] < 0x80)
		return p[0];
	if ((p[0] & 0xF0) == 0xE0)
		return (int32_t)((p[0] & 0x0Fu) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu));
	int32_t cp;
	pb_utf8_decode((const char *)p, n, &cp);
	return cp;
}

/* Is cp a full-width closing bracket (）】》」』〉〕)? */
static int closing_bracket(int32_t cp)
{
	return cp == 0xFF09 || cp == 0x3011 || cp == 0x300B || cp == 0x300D || cp == 0x300F ||
	       cp == 0x3009 || cp == 0x3015;
}

/* Whitespace was pending before cp: keep one space unless it is an
 * artefact of wrapping.  last is where the previous code point was
 * written (NULL at the start of the line).  space & 2: the
 * whitespace held a line break (a cell's lines joined): a full-width
 * closing bracket wrapped onto a line of its own (完成及时率（% / ）)
 * carries its own spacing, and after ASCII the break was kept as a
 * space, 完成及时率（% ）. */
static unsigned char *put_space(unsigned char *o, const unsigned char *last, int32_t cp,
                                int space)
{
	int32_t prev = last ? cp_at(last, (size_t)(o - last)) : 0;
	if (prev && !drop_space(prev, cp) && !((space & 2) && closing_bracket(cp)))
		*o++ = ' ';
	return o;
}

/*
 * This loop runs over every heading candidate and every table cell that
 * is not plain as it is (pb_cellscan), so it has fast paths for what
 * almost all text is: with no whitespace pending, runs that need no
 * change are found 32 bytes at a time (plain_run) and copied; and
 * CJK ideographs and punctuation with lead bytes E3..EC (U+3000..U+CFFF,
 * none folded, none whitespace but U+3000) and printable ASCII are
 * copied as they are.  Everything else goes through the decoder.  The
 * previous code point is only needed when whitespace is pending, so it is
 * read back from the output then instead of being kept.  (Normalizing
 * the bench corpus line by line: 103 MB/s when every code point was
 * decoded and encoded again, about 330 MB/s with eight-byte words; the
 * runs took pbtable from 401.0 to 399.7 M instructions and pbsplit from
 * 156.1 to 155.6, asked for on strings of 16 bytes or more only (12 or
 * 24: a little more): below that the per-character path is cheaper.
 * Blocks of 32 bytes rather than 16, here and in the cell scan, took
 * pbtable from 378.5 to 374.4.  The unit test checks
 * it against that plain model.)
 */
/* An ideograph, or CJK punctuation, copied as it is: U+3001..U+CFFF,
 * lead bytes E3..EC, nothing folded, no whitespace but U+3000. */
static inline int plain_cjk(const unsigned char *p, size_t n)
{
	return n >= 3 && p[0] - 0xE3u < 10u && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 &&
	       (p[0] != 0xE3 || p[1] != 0x80 || p[2] != 0x80);
}

/* Is whitespace between what was written at last and an ideograph or
 * CJK punctuation led by c (E3..EC) dropped for sure: both are U+3001..
 * U+9FFF (lead bytes E3..E9, all CJK), or a digit comes before?  The
 * common cases, without put_space's decoding and drop_space's tests
 * (pbtable 238.9 -> 238.1 M instructions on three corpus files). */
static inline int cjk_after(const unsigned char *last, unsigned c)
{
	return last && c <= 0xE9 && (last[0] - 0xE3u < 7u || last[0] - 0x30u < 10u);
}

static int is_markup(unsigned c)
{
	return c == '<' || c == '$' || c == '*' || c == '&';
}

/* Is the character led by u[0] (E0..EF, n bytes left) one that
 * normalizing copies as it is: valid (E0 and ED, which need more
 * checks, are not asked for), neither whitespace nor folded?  Always
 * inline: as a call from stops32 it cost pbtable 0.3 M instructions. */
static PB_ALWAYS_INLINE int plain3(const unsigned char *u, size_t n)
{
	unsigned c = u[0];
	if (n < 3 || c == 0xE0 || c == 0xED || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80)
		return 0;
	int32_t cp = (int32_t)((c & 0x0F) << 12 | (u[1] & 0x3Fu) << 6 | (u[2] & 0x3Fu));
	/* outside U+2xxx and U+Fxxx only U+3000 (whitespace) and U+180E
	 * (dropped) are changed */
	if (c != 0xE2 && c != 0xEF)
		return cp != 0x3000 && cp != 0x180E;
	return !is_space(cp) && !is_invisible(cp) && fold(cp) == cp;
}

/* What 32 bytes are, a bit for each: high bytes, leads of three
 * bytes (E0..EF), those of them that lead U+4000..U+9FFF (E4..E9:
 * nothing there is folded or dropped), continuation bytes, tabs, and
 * ASCII that normalizing may change (controls, space, DEL, and what
 * markup starts with: < $ * &, and [, which may start a bookmark). */
typedef struct {
	uint32_t hi, lead, plain, cont, tab, stop;
} bytes32;

#ifdef PB_V16_SSE2
/* the masks of 16 bytes, shifted to bit at */
static inline void classify16(__m128i v, unsigned at, bytes32 *m)
{
#define EQ(x, k) _mm_cmpeq_epi8(x, _mm_set1_epi8((char)(k)))
#define AND(x, k) _mm_and_si128(x, _mm_set1_epi8((char)(k)))
#define MASK(x) ((uint32_t)_mm_movemask_epi8(x) << at)
	uint32_t hi = MASK(v);
	m->hi |= hi;
	m->lead |= MASK(EQ(AND(v, 0xF0), 0xE0));
	m->cont |= MASK(EQ(AND(v, 0xC0), 0x80));
	/* E4..E9: kept so by clamping */
	m->plain |= MASK(_mm_cmpeq_epi8(
		_mm_max_epu8(_mm_min_epu8(v, _mm_set1_epi8((char)0xE9)), _mm_set1_epi8((char)0xE4)), v));
	m->tab |= MASK(EQ(v, '\t'));
	/* below 0x21 as signed bytes: high bytes too, taken out below */
	__m128i a = _mm_or_si128(_mm_cmpgt_epi8(_mm_set1_epi8(0x21), v), EQ(v, 0x7F));
	/* $ and & differ in one bit */
	a = _mm_or_si128(a, _mm_or_si128(EQ(_mm_or_si128(v, _mm_set1_epi8(2)), '&'),
	                                 _mm_or_si128(EQ(v, '*'), EQ(v, '<'))));
	a = _mm_or_si128(a, EQ(v, '[')); /* a bookmark's anchor */
	m->stop |= MASK(a) & ~hi;
#undef EQ
#undef AND
#undef MASK
}
#endif

/* The masks of p[0..min(rem, 32)); the bits past rem are 0. */
static PB_ALWAYS_INLINE void classify(const unsigned char *p, size_t rem, bytes32 *m)
{
	unsigned len = rem < 32 ? (unsigned)rem : 32;
	m->hi = m->lead = m->plain = m->cont = m->tab = m->stop = 0;
#ifdef PB_V16_SSE2
	if (rem >= 32) {
		classify16(_mm_loadu_si128((const __m128i *)p), 0, m);
		classify16(_mm_loadu_si128((const __m128i *)(p + 16)), 16, m);
	} else { /* the end of the string, not a byte past it */
		unsigned char b[32] = { 0 };
		if (rem > 16) {
			memcpy(b, p, 16);
			pb_copy16(b + 16, p + 16, rem - 16);
		} else {
			pb_copy16(b, p, rem);
		}
		classify16(_mm_loadu_si128((const __m128i *)b), 0, m);
		if (rem > 16)
			classify16(_mm_loadu_si128((const __m128i *)(b + 16)), 16, m);
		m->stop &= (uint32_t)((UINT64_C(1) << len) - 1);
	}
#else
	for (unsigned k = 0; k < len; k++) {
		unsigned b = p[k];
		m->hi |= (uint32_t)(b >= 0x80) << k;
		m->lead |= (uint32_t)(b >= 0xE0 && b <= 0xEF) << k;
		m->plain |= (uint32_t)(b >= 0xE4 && b <= 0xE9) << k;
		m->cont |= (uint32_t)(b >= 0x80 && b <= 0xBF) << k;
		m->tab |= (uint32_t)(b == '\t') << k;
		m->stop |= (uint32_t)(b < 0x21 || b == 0x7F || b == '<' || b == '$' || b == '*' ||
		                      b == '&' || b == '[') << k;
	}
#endif
}

/*
 * The bytes of p[0..min(rem, 32)) that stop a string normalizing copies
 * as it is (tabs aside: they end cells): controls, space, DEL and
 * markup, a high byte that neither leads a three-byte character nor
 * continues one, a continuation byte where none is owed (by the leads
 * before it, or *cut from the block before) or something else where one
 * is, and the lead of a character plain3 turns away (leads but E4..E9
 * are asked one by one: ： ≥ 、).  A tab owes nothing to the bytes after
 * it.  *cut is set to what is owed past the block.
 */
static PB_ALWAYS_INLINE uint32_t stops32(const unsigned char *p, size_t rem, unsigned *cut, bytes32 *m)
{
	classify(p, rem, m);
	unsigned len = rem < 32 ? (unsigned)rem : 32;
	uint64_t lead = m->lead, valid = (UINT64_C(1) << len) - 1;
	uint64_t owed = (lead << 1 | lead << 2 | *cut) & ~((uint64_t)m->tab << 1);
	uint64_t bad = (m->stop & ~m->tab) | (m->hi & ~m->lead & ~m->cont) | (m->cont ^ owed);
	*cut = (unsigned)(owed >> len);
	for (uint32_t s = m->lead & ~m->plain & (uint32_t)valid; s; s &= s - 1) {
		size_t k = pb_v16_first(s);
		if (!plain3(p + k, rem - k))
			bad |= UINT64_C(1) << k;
	}
	return (uint32_t)(bad & valid);
}

void pb_cellscan_block(pb_cellscan *c)
{
	bytes32 m;
	uint32_t bad = stops32(c->s + c->base, c->n - c->base, &c->cut, &m);
	c->tab = m.tab;
	c->bad = bad;
}

/*
 * The length of the longest prefix of u[0..n) that normalizing copies
 * as it is, in whole characters.  Most text is long runs of such, and
 * 32 bytes are tested at a time.  Markup's first bytes stop it even
 * when markup is not looked for: the slow path gets those right too.
 */
static size_t plain_run(const unsigned char *u, size_t n)
{
	size_t i = 0;
	unsigned cut = 0;
	while (i < n) {
		bytes32 m;
		size_t rem = n - i;
		unsigned len = rem < 32 ? (unsigned)rem : 32;
		uint64_t bad = stops32(u + i, rem, &cut, &m);
		bad |= m.tab | UINT64_C(1) << len;
		unsigned f = (uint32_t)bad ? pb_v16_first((uint32_t)bad) : 32, k = f;
		/* back to the start of the character the stop is in */
		if (k >= 1 && m.lead >> (k - 1) & 1)
			k--;
		else if (k >= 2 && m.lead >> (k - 2) & 1)
			k -= 2;
		i += k;
		if (f < len || len < 32)
			return i;
		cut = 0; /* the next block starts at a character */
	}
	return i;
}

void pb_cellscan_init(pb_cellscan *c, const char *s, size_t n)
{
	c->s = (const unsigned char *)s;
	c->n = n;
	c->base = 0;
	c->cut = 0;
	c->start = 0;
	c->done = 0;
	pb_cellscan_block(c);
}

int pb_norm_plain(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned cut = 0;
	for (size_t i = 0;; i += 32) {
		bytes32 m;
		uint32_t bad = stops32(u + i, n - i, &cut, &m);
		if (bad | m.tab)
			return 0;
		if (n - i <= 32)
			return !cut; /* no character cut by the end */
	}
}

/* 0, -1 out of memory, or 1 when `markup` has NORM_MARKUP and s holds a
 * byte that may start markup (pb_strip_markup must run first):
 * normalizing finds out on the way, where a separate scan read every
 * cell twice.  NORM_BOOKMARK: a table cell's, whose anchors are dropped
 * (pb_bookmark); a line's key keeps them (the headings' raw pre-tests
 * read them as written). */
enum { NORM_MARKUP = 1, NORM_BOOKMARK = 2 };
static int norm_line(pb_buf *out, const char *s, size_t n, int markup)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	int space = 0; /* whitespace pending: 1, and 2 with a line break in it */

	/* the output is never longer than 3 bytes per input byte (a bad
	 * byte becomes U+FFFD), so room is made once and written directly */
	if (n > (SIZE_MAX - 2) / 3 ||
	    (out->cap - out->len < 3 * n + 2 && pb_buf_grow(out, 3 * n + 1) < 0))
		return -1;
	unsigned char *o = (unsigned char *)out->ptr + out->len, *last = NULL;
	while (i < n) {
		if (!space && n - i >= 16) {
			size_t r = plain_run(u + i, n - i);
			if (r) {
				if (r > 16)
					memcpy(o, u + i, r);
				else
					pb_copy16(o, u + i, r);
				o += r;
				i += r;
				/* the run ends with a whole character */
				last = o - 1;
				while ((*last & 0xC0) == 0x80)
					last--;
				if (i == n)
					break;
			}
		}
		unsigned c = u[i];
		int32_t cp;
		if (c - 0x21u < 0x5Eu) { /* printable ASCII */
			if ((markup & NORM_MARKUP) && is_markup(c))
				return 1;
			/* Word's [bookmark: _GoBack] in a cell's text, glued
			 * to its value (≥10个 read as text, a code as
			 * "[bookmark:"): an invisible mark, dropped as one */
			size_t bm = (markup & NORM_BOOKMARK) && c == '[' ? pb_bookmark(s + i, n - i) : 0;
			if (bm) {
				i += bm;
				continue;
			}
			if (space)
				o = put_space(o, last, (int32_t)c, space);
			space = 0;
			last = o;
			*o++ = (unsigned char)c;
			i++;
			continue;
		}
		if (c == ' ' || c == '\t') {
			space |= 1;
			i++;
			continue;
		}
		if (plain_cjk(u + i, n - i)) {
			if (space && !cjk_after(last, c))
				o = put_space(o, last, (int32_t)((c & 0x0F) << 12 |
				              (u[i + 1] & 0x3Fu) << 6 | (u[i + 2] & 0x3Fu)), space);
			space = 0;
			/* the ones that follow, here rather than round the loop */
			do {
				last = o;
				o[0] = u[i];
				o[1] = u[i + 1];
				o[2] = u[i + 2];
				o += 3;
				i += 3;
			} while (n - i < 16 && plain_cjk(u + i, n - i));
			continue;
		}
		/* ： ≥ １ and the like: three bytes, decoded here (pbtable
		 * 238.35 -> 238.13 M instructions on three corpus files) */
		if (pb_utf8_cjk3(u + i, n - i)) {
			cp = (int32_t)((c & 0x0F) << 12 | (u[i + 1] & 0x3Fu) << 6 | (u[i + 2] & 0x3Fu));
			i += 3;
		} else {
			i += (size_t)pb_utf8_decode(s + i, n - i, &cp);
			if (cp < 0)
				cp = 0xFFFD;
		}
		if (is_space(cp)) {
			space |= cp == '\n' ? 3 : 1;
			continue;
		}
		if (is_invisible(cp))
			continue; /* nothing, whitespace about it or not */
		cp = fold(cp);
		if (space)
			o = put_space(o, last, cp, space);
		space = 0;
		last = o;
		o += pb_utf8_encode(cp, (char *)o);
	}
	out->len = (size_t)((char *)o - out->ptr);
	out->ptr[out->len] = '\0';
	return 0;
}

static int norm(pb_buf *out, const char *s, size_t n, int keep_newlines, int markup)
{
	if (!keep_newlines)
		return norm_line(out, s, n, markup);
	/* lines that normalize to nothing are dropped */
	size_t start = out->len;
	while (n > 0) {
		const char *nl = memchr(s, '\n', n);
		size_t l = nl ? (size_t)(nl - s) : n;
		size_t at = out->len;
		if (at > start && pb_buf_addc(out, '\n') < 0)
			return -1;
		size_t mark = out->len;
		int r = norm_line(out, s, l, markup);
		if (r)
			return r;
		if (out->len == mark)
			pb_buf_truncate(out, at);
		if (!nl)
			break;
		s += l + 1;
		n -= l + 1;
	}
	return 0;
}

int pb_norm(pb_buf *out, const char *s, size_t n, int keep_newlines)
{
	return norm(out, s, n, keep_newlines, 0);
}

/* LaTeX commands seen in OCR'd filings, and what they stand for. */
/* with the commands' lengths: strlen for each entry and command cost
 * pbtable 0.8 M instructions on three corpus files */
#define LATEX(cmd, text) { cmd, sizeof cmd - 1, text }
static const struct { const char *cmd; size_t len; const char *text; } latex[] = {
	LATEX("leqslant", "≤"), LATEX("geqslant", "≥"), LATEX("leq", "≤"), LATEX("geq", "≥"),
	LATEX("le", "≤"), LATEX("ge", "≥"), LATEX("lt", "<"), LATEX("gt", ">"),
	LATEX("times", "×"), LATEX("cdot", "·"), LATEX("sim", "~"), LATEX("pm", "±"),
	LATEX("%", "%"), LATEX("text", ""), LATEX("mathrm", ""), LATEX(",", ""), LATEX(" ", " "),
};
#undef LATEX

static int is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int num_char(char c) { return (c >= '0' && c <= '9') || c == '.'; }

/*
 * The TeX escape of one character that is no letter at s[0..n) (s[0] is
 * '\\': \% \, \ ): its length, and in *ascii the character as the
 * command tables know it, or 0 when that is no ASCII.  A full-width one
 * is its folded form's escape: markup is stripped before the text is
 * folded, so \％ was kept as written and became \% after it ($\geq
 * 95\％$ gave the value ≥95\% and the unit \%, where $\geq 95\%$ gives
 * ≥95%).
 */
static size_t tex_escape(const char *s, size_t n, char *ascii)
{
	*ascii = 0;
	if (n < 2 || is_letter(s[1]))
		return 0;
	int32_t cp;
	int l = pb_utf8_decode(s + 1, n - 1, &cp);
	cp = cp < 0 ? cp : fold(cp);
	if (cp > 0 && cp < 0x80)
		*ascii = (char)cp;
	return 1 + (size_t)l;
}

/* Where \frac's first group {…} at s[i] (i at its '{') ends, when a
 * second group follows it at once: the index of its '}', or 0. */
static size_t frac_split(const char *s, size_t n, size_t i)
{
	int depth = 0;
	for (size_t k = i; k < n; k++) {
		depth += s[k] == '{';
		if (s[k] == '}' && --depth == 0)
			return k + 1 < n && s[k + 1] == '{' ? k : 0;
	}
	return 0;
}

static int strip_math(pb_buf *out, const char *s, size_t n)
{
	size_t at = out->len;
	size_t slash = 0; /* the '}' of a \frac's numerator: a / after it */
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '~') {
			/* TeX's tie, a space (\mathrm{~m}^{2} is m², not ~m²);
			 * \sim is the tilde */
			if (pb_buf_addc(out, ' ') < 0)
				return -1;
			continue;
		}
		if (c == ' ') {
			/* TeX sets math without its spaces, and MinerU writes
			 * $\geq 9 0 \%$ and $1 5 0 . 0 0$ for ≥90% and 150.00:
			 * kept, they cut the number in pieces.  Only between
			 * digits and points: ≥ 90 % is normalized as it is.
			 * An explicit \  stays (a thousands space). */
			size_t j = i;
			while (j < n && s[j] == ' ')
				j++;
			if (out->len > at && num_char(out->ptr[out->len - 1]) && j < n &&
			    num_char(s[j])) {
				i = j - 1;
				continue;
			}
		}
		if (c == '\\') {
			size_t j = i + 1;
			while (j < n && is_letter(s[j]))
				j++;
			size_t l = j - i - 1;
			const char *cmd = s + i + 1;
			char one;
			if (j == i + 1 && j < n) { /* \% \, \％ and the like */
				j = i + tex_escape(s + i, n - i, &one);
				cmd = &one;
				l = one != 0;
			}
			const char *text = NULL;
			for (size_t k = 0; l && k < sizeof latex / sizeof latex[0]; k++)
				if (latex[k].len == l && !memcmp(latex[k].cmd, cmd, l))
					text = latex[k].text;
			/* \frac{9}{10} is 9/10: with the braces dropped it read
			 * 910 */
			if (!text && l == 4 && !memcmp(cmd, "frac", 4) && j < n && s[j] == '{' &&
			    (slash = frac_split(s, n, j)) != 0)
				text = "";
			if (!text) { /* unknown: keep it as written */
				if (pb_buf_add(out, s + i, j - i) < 0)
					return -1;
			} else if (pb_buf_adds(out, text) < 0) {
				return -1;
			}
			i = j - 1;
		} else if (c == '^' && i + 1 < n) {
			size_t j = i + 1;
			if (s[j] == '{' && j + 2 < n && s[j + 2] == '}') {
				if (s[j + 1] == '2' || s[j + 1] == '3') {
					if (pb_buf_adds(out, s[j + 1] == '2' ? "²" : "³") < 0)
						return -1;
					i = j + 2;
					continue;
				}
			} else if (s[j] == '2' || s[j] == '3') {
				if (pb_buf_adds(out, s[j] == '2' ? "²" : "³") < 0)
					return -1;
				i = j;
				continue;
			}
			if (pb_buf_addc(out, c) < 0)
				return -1;
		} else if (c == '{' || c == '}') {
			if (slash && i == slash) {
				slash = 0;
				if (pb_buf_addc(out, '/') < 0)
					return -1;
			}
			continue;
		} else if (pb_buf_addc(out, c) < 0) {
			return -1;
		}
	}
	return 0;
}

static int block_tag(const char *name, size_t l)
{
	static const char *const tags[] = { "p", "br", "div", "li", "tr", "td", "th" };
	for (size_t k = 0; k < sizeof tags / sizeof tags[0]; k++)
		if (strlen(tags[k]) == l && !strncmp(tags[k], name, l))
			return 1;
	return 0;
}

/* the tag <NAME> or </NAME> at s[0..n), any case: its length, or 0 */
static size_t tag_at(const char *s, size_t n, const char *name, int closing)
{
	size_t l = strlen(name), k = 1 + (closing != 0);
	if (n < k + l + 1 || s[0] != '<' || (closing && s[1] != '/') || s[k + l] != '>')
		return 0;
	for (size_t i = 0; i < l; i++)
		if ((s[k + i] | 0x20) != name[i])
			return 0;
	return k + l + 1;
}

/*
 * <sup>2</sup> at s[0..n), an exponent of at most 4 digits (a sign
 * first maybe): its length, its superscript characters (m², 10⁴) into
 * out; 0 when none is there.  An OCR'd table writes m<sup>2</sup>
 * where a PDF's text has m ² or m²: with the tags dropped, the unit was
 * 万m2, another unit than the grid's 万m², and 10<sup>4</sup>元 the
 * number 104, where 10⁴ is partial (no number is made up).
 */
static size_t sup_at(const char *s, size_t n, pb_buf *out)
{
	static const char *const digit[] = { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹" };
	size_t i = tag_at(s, n, "sup", 0), from = i, l;
	if (!i)
		return 0;
	if (i < n && (s[i] == '-' || s[i] == '+'))
		i++;
	size_t d = i;
	while (i < n && i - d < 5 && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i == d || i - d > 4 || !(l = tag_at(s + i, n - i, "sup", 1)))
		return 0;
	for (size_t k = from; k < i; k++)
		if (pb_buf_adds(out, s[k] == '-' ? "⁻" : s[k] == '+' ? "⁺" : digit[s[k] - '0']) < 0)
			return (size_t)-1;
	return i + l;
}

int pb_strip_markup(pb_buf *out, const char *s, size_t n)
{
	size_t i = 0;
	const char *miss = NULL;

	while (i < n) {
		char c = s[i];
		/* a converter's <!-- page 3 -->: markup, dropped as a tag is
		 * (it stayed in the purpose or a goal); ending on its line
		 * (pb_html_comment), or it is text */
		if (c == '<' && i + 1 < n && s[i + 1] == '!') {
			size_t l = pb_html_comment(s + i, n - i, &miss);
			if (l) {
				i += l;
				continue;
			}
		}
		if (c == '<') {
			size_t l = sup_at(s + i, n - i, out);
			if (l == (size_t)-1)
				return -1;
			if (l) {
				i += l;
				continue;
			}
		}
		if (c == '<' && i + 1 < n && (is_letter(s[i + 1]) || (s[i + 1] == '/' &&
		    i + 2 < n && is_letter(s[i + 2])))) {
			const char *end = memchr(s + i, '>', n - i);
			if (end) {
				size_t k = i + 1 + (s[i + 1] == '/');
				size_t j = k;
				while (j < (size_t)(end - s) && is_letter(s[j]))
					j++;
				if (block_tag(s + k, j - k) && pb_buf_addc(out, '\n') < 0)
					return -1;
				i = (size_t)(end - s) + 1;
				continue;
			}
		}
		if (c == '$') {
			/* $$…$$ (display math) as $…$: read as two empty
			 * $$, \geq 95\% was left as TeX */
			size_t d = i + 1 < n && s[i + 1] == '$' ? 2 : 1;
			const char *end = i + d < n ? memchr(s + i + d, '$', n - i - d) : NULL;
			if (end && d == 2 && !((size_t)(end - s) + 1 < n && end[1] == '$'))
				end = NULL, d = 1; /* no $$ closes it: $ as before */
			if (d == 1)
				end = memchr(s + i + 1, '$', n - i - 1);
			if (end) {
				if (strip_math(out, s + i + d, (size_t)(end - s) - i - d) < 0)
					return -1;
				i = (size_t)(end - s) + d;
				continue;
			}
		}
		if (c == '*' && i + 1 < n && s[i + 1] == '*') {
			i += 2;
			continue;
		}
		/* $\geq$ 95\%: the LaTeX percent also outside the math, or the
		 * unit is "\%" and no rate (a full-width \％ too: tex_escape) */
		if (c == '\\') {
			char one;
			size_t l = tex_escape(s + i, n - i, &one);
			if (one == '%') {
				if (pb_buf_addc(out, '%') < 0)
					return -1;
				i += l;
				continue;
			}
		}
		if (c == '&') { /* &ge;90&#37;: a converter's references */
			char t[8];
			size_t l = pb_html_entity(s + i, n - i, t);
			if (l) {
				if (pb_buf_adds(out, t) < 0)
					return -1;
				i += l;
				continue;
			}
		}
		/* this byte as it is, and the run after it that cannot start
		 * markup, in one piece */
		size_t j = i + 1;
		while (j < n && !is_markup((unsigned char)s[j]) && s[j] != '\\')
			j++;
		if (pb_buf_add(out, s + i, j - i) < 0)
			return -1;
		i = j;
	}
	return 0;
}

/* Normalizing met markup: drop what it wrote from at on, strip the
 * markup, then normalize what is left. */
static int strip_then_norm(pb_buf *out, size_t at, const char *s, size_t n, int keep_newlines,
                           int bookmark)
{
	pb_buf tmp = PB_BUF_INIT;
	pb_buf_truncate(out, at);
	int r = pb_strip_markup(&tmp, s, n);
	if (r == 0)
		r = norm(out, tmp.ptr, tmp.len, keep_newlines, bookmark);
	pb_buf_free(&tmp);
	return r;
}

int pb_norm_cell_line(pb_buf *out, const char *s, size_t n)
{
	size_t at = out->len;
	int r = norm_line(out, s, n, NORM_MARKUP | NORM_BOOKMARK);
	if (r <= 0)
		return r;
	return strip_then_norm(out, at, s, n, 1, NORM_BOOKMARK) < 0 ? -1 : 1;
}

int pb_norm_cell(pb_buf *out, const char *s, size_t n, int keep_newlines)
{
	size_t at = out->len;
	int r = norm(out, s, n, keep_newlines, NORM_MARKUP);
	return r <= 0 ? r : strip_then_norm(out, at, s, n, keep_newlines, 0);
}
