#!/usr/bin/env bats
# Review r16, findings F01 and F08.
# F01: a relative or graded target written with a sign (≥上年水平,
# ≤国家标准, ≥Ⅲ类, ≥AA级) was a value-partial error, "garbled", while the
# same in words (不低于上年, 达到Ⅲ类标准) passed.  It is text that keeps
# its sign; a sign before nothing, another sign or a stray mark stays
# partial.
# F08: 二级指标 社会公众或服务对象满意度指标 (and 社会公众满意度指标), as
# many templates word the satisfaction level 2, was level2-unknown.

load common

WORDS='≥上年水平 ≥去年同期 ≥全省平均水平 ≤国家标准 ≥Ⅲ类 ≥AA级'
GARBLED='≥ ≥% ≥≥90% ≥， ≥.5 ≥O.5 ≥OO%'

# tab grid and cell per line with the 效益 row's value (有效提升, 明显改善)
# replaced by $1, in $BATS_TEST_TMPDIR/tg.txt and cpl.txt
with_value() {
	awk -v v="$1" -F'\t' 'BEGIN { OFS = "\t" } $5 == "有效提升" { $5 = v } { print }' \
		"$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/tg.txt"
	awk -v v="$1" '$0 == "\t明显改善" { $0 = "\t" v } { print }' \
		"$EX/cell-per-line.txt" > "$BATS_TEST_TMPDIR/cpl.txt"
	# the value is in both, once
	[ "$(grep -cF -- "$1" "$BATS_TEST_TMPDIR/tg.txt")" -ge 1 ]
	[ "$(grep -cF -- "$1" "$BATS_TEST_TMPDIR/cpl.txt")" -ge 1 ]
}

# [op, num, kind, partial] of the indicator whose value is $2
parsed() {
	ind "$1" "select(.value == \"$2\") | [.op, .num, .kind, .partial]"
}

# the rules pbcheck reports on the line of the value $2, sorted
rules_at() {
	pbcheck -f ndjson "$1" 2>/dev/null | jq -r --arg v "$2" 'select(.value == $v) | .rule' | sort | tr '\n' ' '
}

@test "F01: a sign before words is text that keeps its sign, and no value-partial (tab grid, cell per line, CRLF, GB18030)" {
	for v in $WORDS; do
		with_value "$v"
		case $v in ≤*) op='"<="' ;; *) op='">="' ;; esac
		for f in $(forms "$BATS_TEST_TMPDIR/tg.txt") $(forms "$BATS_TEST_TMPDIR/cpl.txt"); do
			[ "$(parsed "$f" "$v")" = "[$op,null,\"text\",null]" ] || { echo "$v $f: $(parsed "$f" "$v")"; return 1; }
			[ -z "$(rules_at "$f" "$v")" ] || { echo "$v $f: $(rules_at "$f" "$v")"; return 1; }
		done
	done
}

@test "F01: the same targets in words stay as they were: text, no sign, no finding" {
	for v in 不低于上年 达到Ⅲ类标准; do
		with_value "$v"
		for f in "$BATS_TEST_TMPDIR/tg.txt" "$BATS_TEST_TMPDIR/cpl.txt"; do
			[ "$(parsed "$f" "$v")" = '[null,null,"text",null]' ] || { echo "$v $f: $(parsed "$f" "$v")"; return 1; }
			[ -z "$(rules_at "$f" "$v")" ] || { echo "$v $f: $(rules_at "$f" "$v")"; return 1; }
		done
	done
}

@test "F01: a sign before nothing, another sign, a stray mark or OCR's O stays partial and a value-partial error" {
	for v in $GARBLED; do
		with_value "$v"
		case $v in ≤*) op='"<="' ;; *) op='">="' ;; esac
		for f in "$BATS_TEST_TMPDIR/tg.txt" "$BATS_TEST_TMPDIR/cpl.txt"; do
			[ "$(parsed "$f" "$v")" = "[$op,null,\"text\",true]" ] || { echo "$v $f: $(parsed "$f" "$v")"; return 1; }
			[ "$(rules_at "$f" "$v")" = "value-partial " ] || { echo "$v $f: $(rules_at "$f" "$v")"; return 1; }
		done
	done
}

@test "F01: digits with OCR's O or a full-width digit read as before (≥1O% is 10, ≥8５.5% 85.5); ≥1OK stays partial" {
	with_value '≥1O%'
	[ "$(parsed "$BATS_TEST_TMPDIR/tg.txt" '≥1O%')" = '[">=",10,"number",null]' ]
	[ "$(parsed "$BATS_TEST_TMPDIR/cpl.txt" '≥1O%')" = '[">=",10,"number",null]' ]
	with_value '≥8５.5%'
	[ "$(parsed "$BATS_TEST_TMPDIR/tg.txt" '≥85.5%')" = '[">=",85.5,"number",null]' ]
	[ "$(parsed "$BATS_TEST_TMPDIR/cpl.txt" '≥85.5%')" = '[">=",85.5,"number",null]' ]
	with_value '≥1OK'
	[ "$(rules_at "$BATS_TEST_TMPDIR/tg.txt" '≥1OK')" = "value-partial " ]
	[ "$(rules_at "$BATS_TEST_TMPDIR/cpl.txt" '≥1OK')" = "value-partial " ]
}

@test "F01: ≤预算数 on a cost indicator is no longer called garbled: text with op <=" {
	sed 's/≦120.5 万元/≤预算数/' "$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/tg.txt"
	sed 's|≤0.7万元/公里|≤预算数|' "$EX/cell-per-line.txt" > "$BATS_TEST_TMPDIR/cpl.txt"
	for f in "$BATS_TEST_TMPDIR/tg.txt" "$BATS_TEST_TMPDIR/cpl.txt"; do
		[ "$(ind "$f" 'select(.value == "≤预算数") | [.level2, .op, .num, .kind, .partial]')" = \
			'["成本指标","<=",null,"text",null]' ]
		[[ "$(rules_at "$f" '≤预算数')" != *value-partial* ]]
	done
}

@test "F08: 社会公众或服务对象满意度指标 and 社会公众满意度指标 are the satisfaction level 2: no level2-unknown (tab grid, cell per line, GB18030)" {
	for n in 社会公众或服务对象满意度指标 社会公众满意度指标 社会公众满意度; do
		sed "s/服务对象满意度指标/$n/" "$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/tg.txt"
		sed "s/服务对象满意度指标/$n/" "$EX/cell-per-line.txt" > "$BATS_TEST_TMPDIR/cpl.txt"
		for f in $(forms "$BATS_TEST_TMPDIR/tg.txt") $(forms "$BATS_TEST_TMPDIR/cpl.txt"); do
			[ "$(ind "$f" 'select(.level1 == "满意度指标") | .level2' | sort -u)" = "\"$n\"" ]
			run pbcheck -f ndjson "$f"
			[ -z "$(jq -r 'select(.rule | startswith("level")) | .rule' <<< "$output")" ] || { echo "$n $f: $output"; return 1; }
		done
		# and it is the original's findings, no more
		[ "$(pbcheck "$BATS_TEST_TMPDIR/tg.txt" | sed 's/^[^:]*://')" = "$(pbcheck "$EX/tab-grid.txt" | sed 's/^[^:]*://')" ]
	done
}

@test "F08: under 效益指标 it is in the wrong level 1, as 服务对象满意度指标 is" {
	for n in 社会公众或服务对象满意度指标 社会公众满意度指标; do
		sed "s/^满意度指标\t服务对象满意度指标/效益指标\t$n/" "$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/tg.txt"
		run pbcheck -f ndjson "$BATS_TEST_TMPDIR/tg.txt"
		[ "$(jq -r 'select(.rule | startswith("level")) | .rule' <<< "$output" | sort -u)" = level2-wrong-level1 ]
	done
}

@test "F08: a tab grid level-2 cell cut as 社会公众或服务对象满意度指 / 标 is joined into the name" {
	awk -F'\t' 'BEGIN { OFS = "\t" }
		$2 == "服务对象满意度指标" && !done { $2 = "社会公众或服务对象满意度指"; print; print "", "标"; done = 1; next }
		{ print }' "$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/tg.txt"
	f="$BATS_TEST_TMPDIR/tg.txt"
	[ "$(ind "$f" 'select(.level3 == "群众满意度") | .level2')" = '"社会公众或服务对象满意度指标"' ]
	[ -z "$(unp "$f" .reason)" ]
	[ "$(totals "$f")" = "$(totals "$EX/tab-grid.txt")" ]
}

@test "a sign before words on a cost indicator (≤预算数) is unquantified; 不低于九成 and ≥两台 are quantities" {
	f="$BATS_TEST_TMPDIR/cost.txt"
	for v in ≤预算数 ≤批复预算 不低于九成 ≥两台; do
		awk -F'\t' -v OFS='\t' -v v="$v" 'NR == 68 { $5 = v } { print }' "$EX/tab-grid.txt" > "$f"
		n=$(pbcheck "$f" | grep -c ':68: .*\[unquantified\]' || true)
		case $v in
		≤*预算*) [ "$n" -eq 1 ] || { echo "$v: $n"; return 1; } ;;
		*) [ "$n" -eq 0 ] || { echo "$v: $n"; return 1; } ;;
		esac
		[ "$(pbcheck "$f" | grep -c ':68: .*\[value-partial\]')" -eq 0 ]
	done
}
