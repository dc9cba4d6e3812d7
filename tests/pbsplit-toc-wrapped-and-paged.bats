#!/usr/bin/env bats
# pbsplit: a 目录 read whole when an entry's title wraps onto the next
# line (the rest with its leaders and page number there), when a page
# break inside it is marked by a Roman page number or 目录（续）, and when
# its entries end in dot leaders without a page number or with one
# written 第1页 or （1）.  Each fixture is one filing: cover 1-8, 目录
# from 9, part 1 and part 2 with two project tables; before the fix
# each toc was cut (a part, other or project_table block inside it and a
# second toc), or its entries became the body's blocks.

load common

T="$FIX/toc23"

# FILE's blocks, one [kind, line, end_line] each, as one line
blocks() {
	pbsplit "$1" | jq -sc '[.[] | select(.type=="block") | [.kind, .line, .end_line]]'
}

# the blocks of the clean filing with D more lines inside its 目录
want() {
	jq -nc --argjson d "$1" '[["cover",1,8],["toc",9,21+$d]] +
		([["part",22,23],["overall_goal",24,27],["sub_goals",28,35],["measures",36,41],
		  ["part",42,43],["project_table",44,60],["project_table",61,77]]
		 | map([.[0], .[1]+$d, .[2]+$d]))'
}

# [docs, projects, any project without a code or budget] of FILE by pbtable
projects() {
	local docs
	docs=$(pbsplit "$1" | jq -s '[.[] | select(.type=="doc")] | length')
	pbtable "$1" 2>/dev/null | jq -sc --argjson d "$docs" '[.[] | select(.type=="project")] as $p
		| [$d, ($p | length), ([$p[] | .code == null or .budget == null] | any)]'
}

# FILE in each form (UTF-8, CRLF, GB18030): blocks as the clean filing's
# with D more lines in the 目录, one filing with its two projects, and
# lossless (UTF-8 forms)
whole_toc() {
	local f w
	w=$(want "$2")
	for f in $(forms "$1"); do
		case $f in *-gb.txt) ;; *) lossless "$f" || { echo "$f: not lossless"; return 1; } ;; esac
		run blocks "$f"
		[ "$output" = "$w" ] || { echo "$f: $output"; echo "want: $w"; return 1; }
		run projects "$f"
		[ "$output" = '[1,2,false]' ] || { echo "$f: projects $output"; return 1; }
	done
}

@test "a 目录 entry whose title wraps, its rest with leaders and page number on the next line: one toc" {
	whole_toc "$T/wrap-text.txt" 1      # 1.…经费绩效 / 目标表.....<TAB>3
	whole_toc "$T/wrap-text2.txt" 1     # 1.…经费绩效目 / 标表.....<TAB>3
	whole_toc "$T/wrap-spaced.txt" 1    # 2.动物防疫专项 / 绩效目标表 4
	whole_toc "$T/wrap-tabbed.txt" 1    # 2.动物防疫专项绩效 / 目标表<TAB>4
}

@test "a 目录 entry's title on one line, its leaders and page number on the next: one toc, no phantom table or second filing" {
	whole_toc "$T/wrap-leaders.txt" 1   # 1.…绩效目标表 / .....<TAB>3
	# the title alone was a project table, and the body a second filing
	# with a project of no code or budget
	[ "$(pbsplit "$T/wrap-leaders.txt" | jq -c 'select(.type=="block" and .kind=="project_table") | .line' | head -1)" = 45 ]
	[ "$(proj "$T/wrap-leaders.txt" '[.doc, .line, .code]' | head -1)" = '[1,45,"13102324P000011100011"]' ]
}

@test "a page break inside a 目录 marked by a Roman page number or 目录（续）: one toc" {
	whole_toc "$T/page-roman-dash.txt" 2     # — I —
	whole_toc "$T/page-roman.txt" 2          # II
	whole_toc "$T/page-roman-lower.txt" 2    # ii
	whole_toc "$T/page-roman-numeral.txt" 2  # Ⅱ
	whole_toc "$T/toc-continued.txt" 2       # 目录（续）
	whole_toc "$T/page-roman-continued.txt" 4
}

@test "a 目录 without page numbers cut by a Roman page number or 目录（续）: one toc, no phantom tables" {
	local f
	# r13b/nopages-pagenum.txt with — ii — or 目录（续） for its - 1 -
	for f in nopages-roman nopages-continued; do
		[ "$(blocks "$T/$f.txt" | jq -c '.[0:3]')" = '[["cover",1,8],["toc",9,24],["part",25,26]]' ] ||
			{ blocks "$T/$f.txt"; false; }
		[ "$(projects "$T/$f.txt")" = '[1,3,false]' ] || { projects "$T/$f.txt"; false; }
		lossless "$T/$f.txt"
	done
}

@test "目录 entries ending in dot leaders without a page number, or with 第1页 or （1）: one toc, the body's headings its own blocks" {
	whole_toc "$T/nopage-leaders.txt" 0     # 一、总体绩效目标……
	whole_toc "$T/nopage-dots.txt" 0        # 一、总体绩效目标．．．
	whole_toc "$T/page-word.txt" 0          # ……第1页
	whole_toc "$T/page-paren.txt" 0         # ……（1）
	whole_toc "$T/page-paren-ascii.txt" 0   # ·····(1)
	# the body's headings are the blocks' titles, not the entries'
	[ "$(pbsplit "$T/page-word.txt" | jq -c 'select(.type=="block" and .kind=="overall_goal") | .title')" = '"一、总体绩效目标"' ]
}

@test "a 目录 without its heading, entries ending in ……: one toc from the first part heading" {
	[ "$(blocks "$T/nohead-leaders.txt" | jq -c '.[0:3]')" = '[["cover",1,8],["toc",9,19],["part",20,21]]' ]
	[ "$(blocks "$T/nohead-leaders.txt" | jq -c '[.[] | select(.[0]=="toc")] | length')" = 1 ]
	[ "$(projects "$T/nohead-leaders.txt")" = '[1,2,false]' ]
}

@test "a table cut from a file whose 目录 entries wrap or are written ……, 第1页 or （1）: the lost table reported" {
	local f
	for f in nopage-leaders page-word page-paren wrap-text wrap-tabbed; do
		run_split pbtable "$T/$f-cut.txt"
		[ "$status" -eq 2 ] || { echo "$f: $status"; false; }
		[[ "$stderr" == *":9: the 目录 lists 2 project tables, 1 found"* ]] || { echo "$f: $stderr"; false; }
	done
}

@test "the body's first heading that no 目录 entry names still ends the toc" {
	# 一、部门职责概况 and a sentence right under the toc's last entry
	[ "$(blocks "$T/guard-heading.txt" | jq -c '.[1:3]')" = '[["toc",9,21],["other",22,24]]' ]
	# 部门基本情况 / 1.主要职能 / a sentence: short lines that might have
	# been an entry's title wrapped, but no entry follows them
	[ "$(blocks "$T/guard-heading2.txt" | jq -c '.[1:3]')" = '[["toc",9,21],["other",22,25]]' ]
	# a heading of the body after the 目录 ending in a page number after
	# blanks (a running footer's) is no entry: only leaders go so far
	[ "$(blocks "$T/guard-spaced-body.txt" | jq -c '.[1:4]')" = '[["toc",9,21],["part",22,23],["overall_goal",24,27]]' ]
	# a sentence ending in …… in part 1's text is no entry
	[ "$(blocks "$T/guard-ellipsis.txt")" = "$(want 0)" ]
	# nor is one under the body's first heading after an empty 目录
	# (whose headings the toc holds while it may be a toc without page
	# numbers)
	[ "$(blocks "$T/guard-empty-toc.txt" | jq -c '.[1:4]')" = '[["toc",9,10],["part",11,12],["overall_goal",13,18]]' ]
}
