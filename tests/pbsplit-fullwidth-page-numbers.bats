#!/usr/bin/env bats
# pbsplit: page numbers in full-width digits (１２) wherever ASCII ones are
# read (toc entries in every form), and a cover title or draft mark
# wrapped onto two lines (r9a N14, N12).

load common

S16="$FIX/split16"

# pbsplit's blocks of a file as kind:line-end_line, on one line
blocks() {
	pbsplit -f tsv "$1" | awk -F'\t' 'NR > 1 { printf "%s%s:%s-%s", (NR > 2 ? " " : ""), $4, $6, $7 }'
}

# the doc record's cover fields
cover() {
	pbsplit "$1" | jq -c 'select(.type=="doc") | [.year, .title, .draft, .compiled_by, .reviewed_by]'
}

@test "N14: a toc whose page numbers are full-width (…\t１, ……１２, 　　１) is one toc block, in every entry form" {
	for f in toc-fw-dots-tab toc-fw-spaced toc-fw-ellipsis toc-fw-u3000; do
		lossless "$S16/$f.txt"
		run blocks "$S16/$f.txt"
		echo "$f: $output"
		[ "$output" = 'cover:1-7 toc:8-17 part:18-19 overall_goal:20-23 sub_goals:24-28 measures:29-32 part:33-34 project_table:35-51 project_table:52-67' ]
	done
	# without the 目录 heading: the toc starts at its first entry
	for f in toc-fw-tab-nohead toc-fw-dots-nohead toc-fw-dash-nohead; do
		lossless "$S16/$f.txt"
		run blocks "$S16/$f.txt"
		echo "$f: $output"
		[ "$output" = 'cover:1-9 toc:10-17 part:18-19 overall_goal:20-23 sub_goals:24-28 measures:29-32 part:33-34 project_table:35-51 project_table:52-67' ]
	done
	run proj "$S16/toc-fw-tab-nohead.txt" '[.budget, .indicators]'
	[ "$output" = '[40,3]
[25,3]' ]
}

@test "N14: a toc of part headings without page numbers, then entries with full-width ones (as r9a's case) stays one toc" {
	lossless "$S16/toc-fw-md.txt"
	run blocks "$S16/toc-fw-md.txt"
	echo "$output"
	[ "$output" = 'cover:1-7 toc:8-23 part:24-25 overall_goal:26-29 sub_goals:30-34 measures:35-38 part:39-40 project_table:41-57 project_table:58-73' ]
}

@test "N14: a running page header's page number alone on the next line in full-width (－ ４ －) stays in the table, as - 4 - does" {
	lossless "$S16/page-fw-dashes.txt"
	run blocks "$S16/page-fw-dashes.txt"
	echo "$output"
	[ "$output" = 'cover:1-7 part:8-9 overall_goal:10-13 sub_goals:14-18 measures:19-22 part:23-24 project_table:25-43 project_table:44-59' ]
	run bash -c "pbsplit '$S16/page-fw-dashes.txt' | jq -c 'select(.type==\"doc\") | .doc'"
	[ "$output" = '1' ]
}

@test "N12: a cover title wrapped onto two lines gives the doc's year and title, and the projects' year" {
	lossless "$S16/cover-title-wrapped.txt"
	run cover "$S16/cover-title-wrapped.txt"
	[ "$output" = '[2026,"2026年部门预算绩效文本",true,"某某县水利局","某某县财政局"]' ]
	run bash -c "pbsplit '$S16/cover-title-wrapped.txt' | jq -r 'select(.type==\"block\" and .seq==1) | .title'"
	[ "$output" = '2026年部门预算绩效文本' ]
	run proj "$S16/cover-title-wrapped.txt" '.year'
	[ "$output" = '2026
2026' ]
	# in numerals, and its draft mark wrapped too
	run cover "$S16/cover-numerals-wrapped.txt"
	[ "$output" = '[2026,"二〇二六年部门预算绩效文本",true,"某某县水利局","某某县财政局"]' ]
	# wrapped inside the mark on the title's line
	run cover "$S16/cover-title-draft-wrapped.txt"
	[ "$output" = '[2026,"2026年部门预算绩效文本",true,"某某县水利局","某某县财政局"]' ]
}

@test "N12: a draft mark wrapped onto two lines (（草 / 案）) marks the draft and is no part of the compiler's name" {
	lossless "$S16/cover-draft-wrapped.txt"
	run cover "$S16/cover-draft-wrapped.txt"
	[ "$output" = '[2026,"2026年部门预算绩效文本",true,"某某县水利局","某某县财政局"]' ]
}

@test "N12: cover lines that make no title or mark joined are not joined" {
	# 2025年 over a title of its own; （一） over 案）
	run cover "$S16/cover-no-join.txt"
	[ "$output" = '[2026,"2026年部门预算绩效文本",false,"某某县水利局","某某县财政局"]' ]
}
