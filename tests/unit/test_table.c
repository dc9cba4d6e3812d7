/*
 * test_table.c - pb_table_parse with buffers and project room kept
 * between tables (pb_table_work, pb_table_work_recycle) gives what it
 * gives with fresh ones, whatever came before; rows cut off by page
 * breaks add to the indicator above; the fast paths read random tables
 * as their plain twins do.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "records.h"
#include "table.h"

void test_table(void);

static const char *const tables[] = {
	/* tab grid, a multi-line cell carried on the next line, a tail */
	"1.测试项目绩效目标表\n"
	"单位：万元\n"
	"项目编码\t13070522P0000000000 01\t\t项目名称\t测试项目\n"
	"预算数\t840.00\t财政资金\t800\t其他资金\t40\n"
	"资金用途\t用于A\tB\n"
	"资金支出计划(%)\t3月底\t\t6月底\t10月底\t12月底\n"
	"\t10%\t\t40%\t80%\t100%\n"
	"绩效目标\t1.目标一2.目标二\n"
	"\t3.目标三\n"
	"一级指标\t二级指标\t三级指标\t指标描述\t指标值\t依据\n"
	"产出指标\t数量指标\t物资\t描述一\t≥95\t依据一\n"
	"\t\t\t描述续\t%\t依据续\n"
	"\t\t\t\t以上\t\n"
	"效益指标\t社会效益\t能力<br>提升\t描述\t<p>提升</p>\t\n"
	"\t\t\t尾\t\t尾二\n",
	/* cell per line */
	"2.另一项目绩效目标表\n"
	"\t项目编码\n\t13071225P001234100010\n\t项目名称\n\t另一项目\n\n"
	"\t预算数\n\t88.00\n\t财政资金\n\t80.00\n\t其他资金\n\t8.00\n\n"
	"\t一级指标\n\t二级指标\n\t三级指标\n\t指标描述\n\t指标值\n\t依据\n\n"
	"\t产出指标\n\t数量指标\n\t公里\n\t里程\n\t≥120公里\n\t计划\n\n",
	/* markdown, amounts in 元 */
	"3.表格项目绩效目标表\n"
	"| 项目编码 | 13070522P000000000099 | 项目名称 | 表格项目 |\n"
	"|---|---|---|---|\n"
	"| 单位:元 | | | |\n"
	"| 预算数 | 1,200,000 | 财政资金 | 1,200,000 |\n"
	"| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
	"| 满意度指标 | 服务对象满意度 | 群众满意度 | ≥90% |\n",
	/* the checkpoints as written: 月末, 月份, 月 alone; 1月底 is none */
	"4.月份项目绩效目标表\n"
	"项目编码\t13070522P000000000077\t项目名称\t月份项目\n"
	"预算数\t100.00\t财政资金\t100\t其他资金\t0\n"
	"资金支出计划(万元)\t3月末\t6月份\t10月\t12月底\t1月底\n"
	"\t10\t20\t30\t100\t\n"
	"一级指标\t二级指标\t三级指标\t指标描述\t指标值\t依据\n"
	"产出指标\t数量指标\t物资\t描述\t≥95\t依据\n",
	"",
};

static void ndjson(const char *text, pb_table_work *w, pb_buf *out)
{
	pb_table_ctx ctx = { "t.txt", 1, 1, 2025, "测试单位", "110001", NULL };
	pb_project p;
	pb_buf_reset(out);
	CHECK(pb_table_parse_work(w, &ctx, text, strlen(text), 10, &p) == 0);
	CHECK(pb_write_project_ndjson(out, &p) == 0);
	if (w)
		pb_table_work_recycle(w, &p);
	else
		pb_project_free(&p);
}

/* xorshift: the same tables every run */
static unsigned long long rnd_state = 88172645463325252ULL;
static unsigned rnd(unsigned n)
{
	rnd_state ^= rnd_state << 13;
	rnd_state ^= rnd_state >> 7;
	rnd_state ^= rnd_state << 17;
	return (unsigned)(rnd_state % n);
}

/* Bits of cells: every label the parser looks for, in and around other
 * text, with what makes a cell slow to read (NUL, markup that makes
 * lines, blanks and wide forms that normalizing changes). */
static const char *const parts[] = {
	"一级指标", "二级指标", "三级指标", "指标描述", "指标值", "目标值", "依据", "标准",
	"项目编码", "项目编号", "项目编", "项目名称", "预算数", "财政资金", "财政", "其他资金",
	"绩效目标", "资金用途", "单位：万元", "单位:元", "3月底", "6月", "10月末", "12月份",
	"一级", "级指标", "指标", "二级", "项目", "预算", "其他", "绩效", "一", "二", "级",
	"产出指标", "数量指标", "≥95%", "100", "1.5", "万元", "%", "文本", "ab", " ", "  ",
	"<br>", "<p>", "</p>", "\0", "１２", "：", "，", "\xE4\xB8", "\x80",
};

/* A random project table, in a random one of the three layouts. */
static size_t random_table(char *out, size_t cap)
{
	size_t n = 0;
	int layout = (int)rnd(3);
	const char *title = "1.随机项目绩效目标表\n";
	memcpy(out, title, strlen(title));
	n += strlen(title);
	for (unsigned r = 0, rows = 1 + rnd(14); r < rows && n + 400 < cap; r++) {
		for (unsigned c = 0, cells = rnd(7); c < cells && n + 200 < cap; c++) {
			if (layout == 0 && c)
				out[n++] = '\t';
			else if (layout == 1)
				out[n++] = '|';
			else if (layout == 2)
				out[n++] = '\t';
			for (unsigned k = 0, bits = rnd(4); k < bits; k++) {
				const char *b = parts[rnd(sizeof parts / sizeof parts[0])];
				/* "\0" is a NUL, one byte (strlen would say 0) */
				size_t l = b[0] == '\0' ? 1 : strlen(b);
				memcpy(out + n, b, l);
				n += l;
			}
			if (layout == 2)
				out[n++] = '\n';
		}
		if (layout == 1)
			out[n++] = '|';
		/* sometimes a line without a tab that carries on a cell */
		if (rnd(8) == 0) {
			out[n++] = '\n';
			memcpy(out + n, "续行", 6);
			n += 6;
		}
		out[n++] = '\n';
		if (layout == 2 || rnd(6) == 0)
			out[n++] = '\n';
	}
	return n;
}

static void write_table(const char *text, size_t len, pb_table_work *w, pb_buf *out)
{
	pb_table_ctx ctx = { "t.txt", 1, 1, 2025, NULL, NULL, NULL };
	pb_project p;
	pb_buf_reset(out);
	CHECK(pb_table_parse_work(w, &ctx, text, len, 1, &p) == 0);
	CHECK(pb_write_project_ndjson(out, &p) == 0);
	pb_project_free(&p);
}

/* The fast paths (one search over a row, the header test of whole
 * cells, copies of known length, the last header's columns) read
 * random tables as their plain twins do. */
static void fast_model(pb_table_work *w)
{
	static char text[8192];
	pb_buf fast = PB_BUF_INIT, plain = PB_BUF_INIT;
	int same = 1;
	size_t n = 0;
	for (int i = 0; i < 20000; i++) {
		/* or the last table with one byte changed, so that a header
		 * may differ from the last by a byte and the work's named
		 * columns (header_cols) must not be taken for it */
		if (n && rnd(2))
			text[rnd((unsigned)n)] = "\t\n a\xE6\xE4\x8C"[rnd(7)];
		else
			n = random_table(text, sizeof text);
		write_table(text, n, w, &fast);
		pb_table_use_fast(0);
		write_table(text, n, w, &plain);
		pb_table_use_fast(1);
		if (fast.len != plain.len || memcmp(fast.ptr, plain.ptr, fast.len)) {
			same = 0;
			fprintf(stderr, "fast and plain differ on:\n%.*s\n", (int)n, text);
			break;
		}
	}
	CHECK(same);
	pb_buf_free(&fast);
	pb_buf_free(&plain);
}

void test_table(void)
{
	size_t n = sizeof tables / sizeof tables[0];
	pb_buf fresh[sizeof tables / sizeof tables[0]], got = PB_BUF_INIT;
	pb_table_work *w = pb_table_work_new();

	CHECK(w != NULL);
	for (size_t i = 0; i < n; i++) {
		pb_buf_init(&fresh[i]);
		ndjson(tables[i], NULL, &fresh[i]);
	}
	/* every order of big and small tables through one work */
	for (size_t round = 0; round < 3; round++)
		for (size_t i = 0; i < n; i++) {
			size_t k = (i * (round + 1) + round) % n;
			ndjson(tables[k], w, &got);
			CHECK(got.len == fresh[k].len && !memcmp(got.ptr, fresh[k].ptr, got.len));
		}
	/* the tail rows were added to the indicator above them; the row
	 * after the tail that ends in an empty cell (\t\t\t\t以上\t) is a
	 * row of its own, 效益指标…, which takes the last tail */
	CHECK(strstr(fresh[3].ptr, "\"schedule\":{\"03\":10,\"06\":20,\"10\":30,\"12\":100}") != NULL);
	CHECK(strstr(fresh[0].ptr, "\"description\":\"描述一描述续\",\"value\":\"≥95%以上\"") != NULL);
	CHECK(strstr(fresh[0].ptr, "\"basis\":\"依据一依据续\"") != NULL);
	CHECK(strstr(fresh[0].ptr, "\"level1\":\"效益指标\"") != NULL);
	CHECK(strstr(fresh[0].ptr, "\"description\":\"描述尾\",\"value\":\"提升\"") != NULL);
	CHECK(strstr(fresh[0].ptr, "\"basis\":\"尾二\"") != NULL);
	CHECK(strstr(fresh[0].ptr, "\"indicators\":2") != NULL);

	/* many tail rows: each is appended once, the result is all of them */
	pb_buf big = PB_BUF_INIT;
	pb_buf_adds(&big, "4.长项目绩效目标表\n一级指标\t二级指标\t三级指标\t指标描述\t指标值\t依据\n"
	                  "产出指标\t数量指标\t物资\t开始\t1\t依据\n");
	for (int i = 0; i < 5000; i++)
		pb_buf_adds(&big, "\t\t\t续\t\t\n");
	pb_table_ctx ctx = { "t.txt", 1, 1, 2025, NULL, NULL, NULL };
	pb_project p;
	CHECK(pb_table_parse_work(w, &ctx, big.ptr, big.len, 1, &p) == 0);
	CHECK(p.nind == 1);
	CHECK(p.nind == 1 && p.ind[0].description && strlen(p.ind[0].description) == 6 + 5000 * 3);
	CHECK(p.nind == 1 && p.ind[0].value && !strcmp(p.ind[0].value, "1"));
	pb_project_free(&p);
	pb_buf_free(&big);

	fast_model(w);

	for (size_t i = 0; i < n; i++)
		pb_buf_free(&fresh[i]);
	pb_buf_free(&got);
	pb_table_work_free(w);
}
