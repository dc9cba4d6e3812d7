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
