#!/usr/bin/env bats
# pbsplit: findings-r5b D1, D3, D4, D5, D9, D10, D11, D13 (running page
# headers, prose that looks like a title, Part 1 headings, tables of
# contents, cover fields, records as input).

load common

S6="$FIX/split6"

@test "a running page header in or between tables (page number, draft mark, no cover) stays in the table" {
	run totals "$S6/base.txt"
	[ "$output" = '[1,6,30]' ]
	for f in d1-pageno-next-line d1-pageno-same-line d1-draft d1-dept-draft-pageno \
	         d1-before-budget d1-between d1-nocover; do
		lossless "$S6/$f.txt"
		run totals "$S6/$f.txt"
		echo "$f: $output"
		[ "$output" = '[1,6,30]' ]
		# the fields as without the header: nothing glued into them
		run proj "$S6/$f.txt" '[.code, .name, .budget, .fiscal, .spend["12"], .indicators]'
		[ "$output" = '["51152325P000012000017","文化场馆运行经费",20,20,20,3]
["51152325P000012000018","非遗保护经费",10,10,10,3]' ]
		# the header is said not to be a row, not dropped silently
		run bash -c "pbtable '$S6/$f.txt' 2>/dev/null | jq -c 'select(.type==\"unparsed\") | .text' | head -1"
		[[ "$output" == *2025* ]]
	done
	# the header stays in the block of the table it cut
	run bash -c "pbsplit '$S6/d1-pageno-next-line.txt' | jq -c 'select(.type==\"block\" and .kind==\"project_table\") | [.line, .end_line]' | paste -sd' '"
	[ "$output" = '[25,42] [43,58]' ]
	# a filing after one, its cover title first, is still a new filing
	t="$BATS_TEST_TMPDIR/two.txt"
	cat "$S6/d1-nocover.txt" "$S6/base.txt" > "$t"
	run bash -c "pbsplit '$t' | jq -c 'select(.type==\"doc\") | [.doc, .line, .draft]' | paste -sd' '"
	[ "$output" = '[1,1,null] [2,52,true]' ]
}

@test "prose naming the filing's title (a note, a cover letter) is no cover title" {
	for f in d4-note-between d4-note-midtable d4-letter; do
		lossless "$S6/$f.txt"
		run totals "$S6/$f.txt"
		echo "$f: $output"
		[ "$output" = '[1,6,30]' ]
	done
	run bash -c "pbsplit '$S6/d4-letter.txt' | jq -c 'select(.type==\"doc\") | [.title, .year, .draft]'"
	[ "$output" = '["2025年部门预算绩效文本",2025,true]' ]
	# the note inside the table is reported, not lost
	run unp "$S6/d4-note-midtable.txt" .line
	[ "$output" = 38 ]
}

@test "a Part 1 line that ends in 绩效目标表, prose after it, is no project table" {
	for f in d3-measure d3-subgoal; do
		lossless "$S6/$f.txt"
		run bash -c "pbsplit '$S6/$f.txt' | jq -c 'select(.type==\"block\" and .kind==\"project_table\") | .title' | paste -sd' '"
		[ "$output" = '"文化场馆运行经费绩效目标表" "非遗保护经费绩效目标表"' ]
		run totals "$S6/$f.txt"
		[ "$output" = '[1,6,30]' ]
	done
	# the line stays in the block it stands in
	run bash -c "pbsplit -f tsv '$S6/d3-measure.txt' | cut -f4,6,7 | grep measures"
	[ "$output" = "measures	19	26" ]
	# a table right under the measures, with its unit lines, is one
	run totals "$S6/d3-no-part2.txt"
	[ "$output" = '[1,6,30]' ]
}

@test "cover fields: no date, subtitle or title line joined to a name; two labels on one line" {
	for f in d5-date-line d5-subtitle d5-dept-under-title d5-labels-one-line d5-verbs-one-line; do
		lossless "$S6/$f.txt"
		run bash -c "pbsplit '$S6/$f.txt' | jq -c 'select(.type==\"doc\") | [.compiled_by, .reviewed_by]'"
		echo "$f: $output"
		[ "$output" = '["某某县文化局","某某县财政局"]' ]
	done
	# a name wrapped over lines with no blank line between them is joined
	run bash -c "pbsplit '$S6/d5-wrapped-name.txt' | jq -c 'select(.type==\"doc\") | [.compiled_by, .reviewed_by]'"
	[ "$output" = '["某某县文化广电和旅游局","某某县财政局"]' ]
}

@test "一、部门整体绩效目标 and 三、…保障措施 wordings are Part 1's headings" {
	f="$S6/d9-headings.txt"
	lossless "$f"
	run bash -c "pbsplit '$f' | jq -c 'select(.type==\"block\") | [.kind, .title]' | sed -n 3,5p | paste -sd' '"
	[ "$output" = '["overall_goal","一、部门整体绩效目标"] ["sub_goals","二、分项绩效目标"] ["measures","三、主要保障措施"]' ]
	f="$S6/d9-measures-long.txt"
	lossless "$f"
	run bash -c "pbsplit '$f' | jq -c 'select(.type==\"block\" and .kind==\"measures\") | .title'"
	[ "$output" = '"三、绩效目标实现保障措施"' ]
	# a measure that names guarantee measures in a sentence is no heading
	t="$BATS_TEST_TMPDIR/m.txt"
	sed 's/（一）加强组织领导。/（三）落实保障措施，确保目标实现。/' "$S6/base.txt" > "$t"
	run bash -c "pbsplit '$t' | jq -c 'select(.type==\"block\" and .kind==\"measures\") | .title'"
	[ "$output" = '"三、工作保障措施"' ]
}

@test "a toc headed 目录： or 【目录】, or with no heading, holds its first entry" {
	for f in d10-toc-colon d10-toc-bracket d10-toc-none; do
		lossless "$S6/$f.txt"
		run bash -c "pbsplit '$S6/$f.txt' | jq -c 'select(.type==\"block\") | [.kind, .line]' | sed -n 2,4p | paste -sd' '"
		echo "$f: $output"
		if [ $f = d10-toc-none ]; then
			[ "$output" = '["toc",8] ["part",14] ["overall_goal",16]' ]
		else
			[ "$output" = '["toc",8] ["part",16] ["overall_goal",18]' ]
		fi
		run bash -c "pbsplit '$S6/$f.txt' | jq -c 'select(.type==\"block\" and .kind==\"part\") | .title' | paste -sd' '"
		[ "$output" = '"第一部分部门整体绩效目标" "第二部分预算项目绩效目标"' ]
	done
}

@test "a table title's numbering is stripped in any style: （一） (1) 二、 二." {
	for f in d11-title-numbering d11-title-numbering2; do
		lossless "$S6/$f.txt"
		run bash -c "pbsplit '$S6/$f.txt' | jq -c 'select(.type==\"block\" and .kind==\"project_table\") | .title' | paste -sd' '"
		[ "$output" = '"文化场馆运行经费绩效目标表" "非遗保护经费绩效目标表"' ]
	done
	# one group per project, whatever the numbering
	run bash -c "pbsum -g title '$S6/d11-title-numbering.txt' '$S6/base.txt' | cut -f1,2 | tail -n +2"
	[ "$output" = "文化场馆运行经费绩效目标表	2
非遗保护经费绩效目标表	2" ]
}

@test "records (NDJSON) given to pbsplit are refused, exit 2" {
	run_split bash -c "pbsplit '$S6/base.txt' | pbsplit"
	[ "$status" -eq 2 ]
	[ -z "$output" ]
	[ "$stderr" = "pbsplit: -:1: records (NDJSON), not a filing" ]
	run_split bash -c "pbtable '$S6/base.txt' | pbsplit - '$S6/base.txt'"
	[ "$status" -eq 2 ]
	[ "$stderr" = "pbsplit: -:1: records (NDJSON), not a filing" ]
	# the other file is still split
	[ "$(printf '%s\n' "$output" | jq -s '[.[] | select(.type=="doc")] | length')" = 1 ]
}
