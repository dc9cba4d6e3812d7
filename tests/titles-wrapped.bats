#!/usr/bin/env bats
# A project table's title wrapped more than once, or across a page
# break's noise (blank lines, a page number), joins whole, and the table
# starts at its first line (review r11 finding 3); a table's title drawn
# again alone (no 续) amid its indicators is page furniture to pbtable
# (r11b's leftover).  Each filing holds three tables: 120.5, 80 and 40
# 万元, two indicators each.

load common

R="$FIX/r11f"

# pbsplit's project tables: [title, first line]
tables() {
	pbsplit "$1" | jq -sc '[.[] | select(.kind == "project_table") | [.title, .line]]'
}

# pbtable's projects: [line, name, budget, indicators]
projects() {
	pbtable "$1" 2>/dev/null | jq -sc '[.[] | select(.type == "project") | [.line, .name, .budget, .indicators]]'
}

@test "a title wrapped twice (1.公共文化服 / 务运行经费绩效目标 / 表) is whole, its table starts at its number" {
	[ "$(tables "$R/title-wrapped-twice.txt")" = '[["公共文化服务运行经费绩效目标表",6],["非遗保护传承专项绩效目标表",24],["旅游宣传推广经费绩效目标表",42]]' ]
	[ "$(projects "$R/title-wrapped-twice.txt")" = '[[6,"公共文化服务运行经费",120.5,2],[24,"非遗保护传承专项",80,2],[42,"旅游宣传推广经费",40,2]]' ]
}

@test "a title's pieces join across a page number: no piece left as a row of the table before" {
	[ "$(tables "$R/title-wrapped-page.txt")" = '[["公共文化服务运行经费绩效目标表",6],["非遗保护传承专项绩效目标表",26],["旅游宣传推广经费绩效目标表",47]]' ]
	[ "$(projects "$R/title-wrapped-page.txt")" = '[[6,"公共文化服务运行经费",120.5,2],[26,"非遗保护传承专项",80,2],[47,"旅游宣传推广经费",40,2]]' ]
	# 2.非遗保护 (line 26) is no unparsed line of the first table
	run bash -c "pbtable '$R/title-wrapped-page.txt' 2>/dev/null | jq -c 'select(.type == \"unparsed\" and .line == 26)'"
	[ -z "$output" ]
}

@test "a sentence or a label is no piece of a title, across a page break or not" {
	[ "$(tables "$R/title-not-wrapped.txt")" = '[["公共文化服务运行经费绩效目标表",6],["非遗保护传承专项绩效目标表",27],["经费绩效目标表",45]]' ]
	[ "$(projects "$R/title-not-wrapped.txt")" = '[[6,"公共文化服务运行经费",120.5,2],[27,"非遗保护传承专项",80,2],[45,"旅游宣传推广经费",40,2]]' ]
}

@test "pbtable: the title drawn again without 续 is no unparsed line (grid, pipes); another line is" {
	for f in grid-title-again:24 grid-title-again-page:23 grid-title-code-budget:22 pipe-title-again:25; do
		run pbcheck "$FIX/r11b/${f%%:*}.txt"
		[[ "$output" != *":${f##*:}: error:"*"[unparsed]"* ]]
	done
	# the page's number and header above the title are still said (the
	# number alone as page-noise)
	run pbcheck "$FIX/r11b/grid-title-again-page.txt"
	[[ "$output" == *":21: info:"*"[page-noise]"* ]]
	[[ "$output" == *":22: error:"*"[unparsed]"* ]]
	run pbcheck "$R/grid-title-like.txt"
	[[ "$output" == *":24: error:"*"text inside the indicator table is not a row [unparsed]"* ]]
	[ "$(pbtable "$FIX/r11b/grid-title-again.txt" 2>/dev/null | jq -sc '[.[] | select(.type == "project") | [.code, .budget, .indicators]]')" = '[["51152325P000000002001",150,4],["51152325P000000002002",50,2]]' ]
}
