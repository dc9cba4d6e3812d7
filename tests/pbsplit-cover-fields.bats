#!/usr/bin/env bats
# pbsplit: the doc record's fields read from a filing's cover (review
# r13, findings 7 to 10): a draft mark on the title line, a wrapped name
# on an "X编制    Y审核" line, a department wrapped into the title line,
# and the blank lines before a coverless filing.

load common

T="$FIX/r13c"

# the blocks' text gives the file back, in its own encoding
whole() {
	case $1 in
	*-gb.txt) pbsplit "$1" | jq -j 'select(.type=="block").text' | iconv -f UTF-8 -t GB18030 | cmp - "$1" ;;
	*) lossless "$1" ;;
	esac
}

# the doc record's fields: jq filter $2 on the one doc of file $1
doc() {
	pbsplit "$1" | jq -c "select(.type==\"doc\") | $2"
}

# the first block: [kind, title, line]
first() {
	pbsplit "$1" | jq -c 'select(.type=="block" and .seq==1) | [.kind, .title, .line]'
}

@test "a draft mark at the end of the title line is the doc's draft, not part of its title" {
	for f in $(forms "$T/draft-title.txt") $(forms "$T/draft-title-wrapped.txt"); do
		whole "$f" || { echo "$f: not lossless"; false; }
		run doc "$f" '[.year, .title, .draft, .compiled_by, .reviewed_by]'
		[ "$output" = '[2026,"2026年部门预算绩效文本",true,"长沙县水务局","长沙县财政局"]' ] || { echo "$f: $output"; false; }
		run first "$f"
		[ "$output" = '["cover","2026年部门预算绩效文本",1]' ] || { echo "$f: $output"; false; }
		[ "$(totals "$f")" = '[1,6,160]' ]
	done
	# in ASCII brackets, after a blank, and after the 年度…绩效目标 title
	for f in $(forms "$T/draft-title-ascii.txt"); do
		whole "$f"
		run doc "$f" '[.year, .title, .draft, .compiled_by]'
		[ "$output" = '[2026,"2026年度部门预算绩效目标",true,"长沙县水务局"]' ] || { echo "$f: $output"; false; }
	done
	# another mark in brackets is the title's own
	run doc "$T/title-other-mark.txt" '[.title, .draft]'
	[ "$output" = '["2026年部门预算绩效文本（调整）",false]' ]
	# pbtable's project year from the cover, unchanged
	run proj "$T/draft-title.txt" '[.year, .dept, .budget]'
	[ "$output" = '[2026,"长沙县水务局本级",80]
[2026,"长沙县水务局本级",80]' ]
}

@test "a wrapped compiler's name on an X编制    Y审核 line: the lines above it join the name" {
	for f in $(forms "$T/compiled-oneline.txt"); do
		whole "$f"
		run doc "$f" '[.compiled_by, .reviewed_by, .draft]'
		[ "$output" = '["长沙县经济技术开发区管理委员会党政综合办公室（综合行政执法局）本级","长沙县财政局",false]' ] || { echo "$f: $output"; false; }
		[ "$(totals "$f")" = '[1,6,160]' ]
	done
	# three lines, after a draft mark, the two names a full-width blank apart
	for f in $(forms "$T/compiled-oneline-3.txt"); do
		whole "$f"
		run doc "$f" '[.compiled_by, .reviewed_by, .draft, .title]'
		[ "$output" = '["长沙县经济技术开发区管理委员会党政综合办公室（综合行政执法局）","长沙县财政局",true,"2026年部门预算绩效文本"]' ] || { echo "$f: $output"; false; }
	done
}

@test "a department wrapped so that its tail starts the title line: the doc's dept is the whole name" {
	for f in $(forms "$T/dept-into-title.txt"); do
		whole "$f"
		run doc "$f" '[.dept, .dept_code, .year, .title, .draft]'
		[ "$output" = '["长沙县经济技术开发区管理委员会党政综合办公室（综合行政执法局）本级",null,2026,"2026年部门预算绩效文本",true]' ] || { echo "$f: $output"; false; }
		[ "$(totals "$f")" = '[1,6,160]' ]
		run proj "$f" '[.year, .budget]'
		[ "$output" = '[2026,80]
[2026,80]' ]
	done
	# a blank before the year, and the title itself wrapped
	for f in $(forms "$T/dept-into-title-blank.txt"); do
		whole "$f"
		run doc "$f" '[.dept, .year, .title]'
		[ "$output" = '["长沙县经济技术开发区管理委员会党政综合办公室",2026,"2026年部门预算绩效文本"]' ] || { echo "$f: $output"; false; }
	done
	# the name said again before the year (and before 编制) is no piece of it
	lossless "$T/dept-repeated.txt"
	run doc "$T/dept-repeated.txt" '[.dept, .compiled_by, .reviewed_by, .title]'
	[ "$output" = '["长沙县水务局","长沙县水务局","长沙县财政局","2026年部门预算绩效文本"]' ]
}

@test "blank lines before a coverless filing: draft null, as without them" {
	for f in $(forms "$T/coverless-blanks.txt"); do
		whole "$f"
		run doc "$f" '[.draft, .title, .year, .blocks, .line]'
		[ "$output" = '[null,null,null,6,1]' ] || { echo "$f: $output"; false; }
		# the blank lines are a block of their own: the first heading's
		# block starts at its heading
		run first "$f"
		[ "$output" = '["cover",null,1]' ] || { echo "$f: $output"; false; }
		[ "$(totals "$f")" = '[1,6,160]' ]
	done
	for f in $(forms "$T/coverless-toc-blanks.txt"); do
		whole "$f"
		run doc "$f" '[.draft, .blocks]'
		[ "$output" = '[null,7]' ] || { echo "$f: $output"; false; }
	done
	# the same filings without the blank lines
	[ "$(doc "$T/coverless.txt" '[.draft, .blocks]')" = '[null,5]' ]
	[ "$(doc "$T/coverless-toc.txt" '[.draft, .blocks]')" = '[null,6]' ]
	# in a stream, the second filing's blank lines are the first's end
	cat "$T/coverless-blanks.txt" "$T/coverless-blanks.txt" > "$BATS_TEST_TMPDIR/two.txt"
	whole "$BATS_TEST_TMPDIR/two.txt"
	run bash -c "pbsplit '$BATS_TEST_TMPDIR/two.txt' | jq -c 'select(.type==\"doc\") | [.doc, .draft, .blocks]'"
	[ "$output" = '[1,null,6]
[2,null,5]' ]
}
