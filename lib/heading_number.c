/*
 * Numbers a line carries that are no amounts: page numbers (- 3 -,
 * 第 3 页 共 10 页) and the numbering of lists and titles (（一）, 3、).
 */
#include "heading_impl.h"

#include <string.h>

/* Past dashes and blanks before e in key (- — – － and spaces): the new
 * end, or e */
static size_t strip_dashes(const char *k, size_t e)
{
	for (;;) {
		if (e && (k[e - 1] == '-' || k[e - 1] == ' '))
			e--;
		else if (e >= 3 && (!memcmp(k + e - 3, "—", 3) || !memcmp(k + e - 3, "–", 3) ||
		                    !memcmp(k + e - 3, "－", 3)))
			e -= 3;
		else
			return e;
	}
}

/* Past one to four digits before e: the new end, or (size_t)-1 when
 * there are none or more */
static size_t strip_digits(const char *k, size_t e)
{
	size_t d = e;
	while (d && (unsigned)(k[d - 1] - '0') < 10u)
		d--;
	return d < e && e - d <= 4 ? d : (size_t)-1;
}

size_t pb_page_number_at(const char *key, size_t n)
{
	size_t e = strip_dashes(key, n), d;
	if (e == n && e >= 3 && !memcmp(key + e - 3, "页", 3)) {
		/* 第 3 页, 第 3 页 共 10 页, 3 页 */
		if ((d = strip_digits(key, e - 3)) == (size_t)-1)
			return n;
		if (d >= 3 && !memcmp(key + d - 3, "共", 3)) {
			e = d - 3;
			if (e < 3 || memcmp(key + e - 3, "页", 3) ||
			    (d = strip_digits(key, e - 3)) == (size_t)-1)
				return n;
		}
		if (d >= 3 && !memcmp(key + d - 3, "第", 3))
			d -= 3;
		/* 共 10 页 第 3 页, the count first */
		size_t c;
		if (e == n && d >= 6 && !memcmp(key + d - 3, "页", 3) &&
		    (c = strip_digits(key, d - 3)) != (size_t)-1 && c >= 3 && !memcmp(key + c - 3, "共", 3))
			d = c - 3;
		return d;
	}
	/* 3, - 3 -, —3—, 3/10 */
	if ((d = strip_digits(key, e)) == (size_t)-1)
		return n;
	if (d && key[d - 1] == '/' && (d = strip_digits(key, d - 1)) == (size_t)-1)
		return n;
	return strip_dashes(key, d);
}

int pb_dept_alone(const char *key, size_t n, const char *dept)
{
	n = pb_page_number_at(key, n);
	return dept && n >= 6 && n <= strlen(dept) && !memcmp(key, dept, n);
}

int pb_page_noise(const char *key, size_t n, const char *dept)
{
	size_t o, pn;
	if (!n)
		return 0;
	pn = pb_page_number_at(key, n);
	return !pn || pb_cover_year(key, pn, &o) > 0 || pb_dept_alone(key, n, dept);
}

/* Past a numeral in words at t[0..tn) (一 … 十, 百, 零, 〇): its end, 0
 * when there is none */
static size_t cn_numeral(const char *t, size_t tn)
{
	static const char digits[] = "一二三四五六七八九十百零〇";
	size_t i = 0;
	while (tn - i >= 3) {
		const char *d = digits;
		while (*d && memcmp(d, t + i, 3))
			d += 3;
		if (!*d)
			break;
		i += 3;
	}
	return i;
}

size_t pb_list_number(const char *t, size_t tn)
{
	size_t i = 0, d;
	/* ① U+2460 to ⑳ U+2473 */
	if (tn >= 3 && (unsigned char)t[0] == 0xE2 && (unsigned char)t[1] == 0x91 &&
	    (unsigned char)t[2] >= 0xA0 && (unsigned char)t[2] <= 0xB3)
		return 3;
	if (tn >= 3 && !memcmp(t, "（", 3))
		i = 3;
	else if (tn && t[0] == '(')
		i = 1;
	if (i) {
		d = i;
		while (d < tn && d - i < 3 && (unsigned)(t[d] - '0') < 10u)
			d++;
		if (d == i)
			d += cn_numeral(t + i, tn - i);
		if (d == i || d - i > 12)
			return 0;
		if (tn - d >= 3 && !memcmp(t + d, "）", 3))
			return d + 3;
		return d < tn && t[d] == ')' ? d + 1 : 0;
	}
	d = cn_numeral(t, tn);
	if (!d || d > 12)
		return 0;
	if (tn - d >= 3 && (!memcmp(t + d, "、", 3) || !memcmp(t + d, "．", 3)))
		return d + 3;
	return d < tn && t[d] == '.' ? d + 1 : 0;
}

int pb_list_value(const char *t, size_t tn)
{
	static const char digits[] = "零一二三四五六七八九";
	size_t e = pb_list_number(t, tn), i = 0;
	int total = 0, cur = 0;

	if (!e)
		return 0;
	if ((unsigned char)t[0] == 0xE2) /* ① is 1 */
		return (unsigned char)t[2] - 0xA0 + 1;
	if (!memcmp(t, "（", 3))
		i = 3;
	else if (t[0] == '(')
		i = 1;
	for (; i < e && (unsigned)(t[i] - '0') < 10u; i++)
		cur = cur * 10 + (t[i] - '0');
	/* in words: 十二 is 12, 二十 20, 一百零五 105 (cn_numeral's
	 * characters, at most four of them) */
	while (e - i >= 3) {
		const char *d = t + i;
		int ten = !memcmp(d, "十", 3);
		if (ten || !memcmp(d, "百", 3)) {
			total += (cur ? cur : 1) * (ten ? 10 : 100);
			cur = 0;
		} else if (!memcmp(d, "〇", 3)) {
			cur = 0;
		} else {
			const char *p = digits;
			while (*p && memcmp(p, d, 3))
				p += 3;
			if (!*p)
				break;
			cur = (int)(p - digits) / 3;
		}
		i += 3;
	}
	return total + cur;
}

/* Kept, a title's numbering in another style than 2. made two titles of
 * one project (pbsum -g title). */
size_t pb_title_numbering(const char *t, size_t tn)
{
	size_t e = pb_title_start(t, tn);
	if (e)
		return e;
	if (!(e = pb_list_number(t, tn)))
		return 0;
	while (e < tn && t[e] == ' ')
		e++;
	return e < tn ? e : 0;
}
