#!/usr/bin/env bats
# Pathological inputs for pbsplit and pbtable: huge lines, huge counts,
# every byte value, cut characters, lone CRs, and time that must grow
# linearly with the input.  Each command runs under `timeout 60`, its
# output goes to files (never into bats' memory), and is checked: valid
# JSON, the exit status (0, or 2 with a message), the expected counts.
#
# Big inputs are generated here, in temporary directories, never committed.
# PB_TEST_TIMES=1 prints each command's wall-clock time as a TAP comment.

load common

# t_run NAME CMD...: run CMD under a 60 s timeout, stdout to $T/NAME.out,
# stderr to $T/NAME.err; sets status and ms (wall-clock milliseconds).
t_run() {
	local name=$1 t0 t1
	shift
	t0=$(date +%s%N)
	status=0
	timeout 60 "$@" > "$T/$name.out" 2> "$T/$name.err" || status=$?
	t1=$(date +%s%N)
	ms=$(((t1 - t0) / 1000000))
	echo "$name: $ms ms, exit $status" >&2
	[ "$status" -eq 0 ] || head -n 3 "$T/$name.err" >&2
	if [ -n "${PB_TEST_TIMES:-}" ]; then
		echo "# $BATS_TEST_DESCRIPTION: $name: $ms ms, exit $status" >&3
	fi
	[ "$status" -ne 124 ] || { echo "$name: timed out after 60 s" >&2; return 1; }
}

# t_best NAME CMD...: t_run twice, ms the faster (timing on a busy machine)
t_best() {
	local first
	t_run "$@" || return 1
	first=$ms
	t_run "$@" || return 1
	[ "$first" -ge "$ms" ] || ms=$first
}

# every line of the file is JSON (an empty file is too)
valid_json() {
	[ ! -s "$1" ] || jq -c . "$1" > /dev/null
}

# how many records of each type: "N TYPE" lines, sorted by type
types() {
	jq -r .type "$1" | sort | uniq -c | awk '{ print $1, $2 }'
}

# the indicator header of a tab-grid project table
HEADER=$'一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\t'

# a tab-grid project table up to its indicator header (not included)
table_head() {
	printf '%s\n' '1.测试项目绩效目标表' '130705 西岭区应急管理局本级' '单位：万元' \
		$'项目编码\t13070525P000056700012\t\t项目名称\t测试项目\t\t' \
		$'预算规模及资金用途\t预算数\t60.00\t其中：财政资金\t60.00\t其他资金\t'
}

# repeat FILE's bytes to about BYTES bytes (whole copies)
repeat_to() {
	awk -v lim="$2" 'BEGIN {
		while ((getline l < ARGV[1]) > 0) t = t l "\n"
		while (n < lim) { printf "%s", t; n += length(t) }
	}' "$1"
}

setup_file() {
	# a 100 MB line without a line end, shared by two tests
	head -c 100000000 /dev/zero | tr '\0' x > "$BATS_FILE_TMPDIR/long"
}

setup() {
	T=$BATS_TEST_TMPDIR
}

# ---- huge lines ----

@test "a 100 MB single line: pbsplit gives one cover block of 100000000 bytes, in seconds" {
	t_run split pbsplit "$BATS_FILE_TMPDIR/long"
	[ "$status" -eq 0 ]
	[ ! -s "$T/split.err" ]
	run jq -c 'if .type == "doc" then [.type, .blocks] else [.kind, .line, .end_line, (.text | length)] end' "$T/split.out"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = '["doc",1]' ]
	[ "${lines[1]}" = '["cover",1,1,100000000]' ]
	[ "${#lines[@]}" -eq 2 ]
	# linear work on 100 MB is a second or two; allow for a busy machine
	# (17 s seen under a load of 7 on two cores): quadratic work would
	# take hours, and the next test weighs growth itself
	[ "$ms" -lt 30000 ]
}

@test "a 100 MB single line: pbtable finds no project, says so, in seconds" {
	t_run table pbtable "$BATS_FILE_TMPDIR/long"
	[ "$status" -eq 2 ]
	[ ! -s "$T/table.out" ]
	grep -q 'long: no project table found' "$T/table.err"
	[ "$ms" -lt 30000 ]
}

@test "time on one long line grows linearly: 16 MB and 64 MB lines" {
	head -c 16000000 "$BATS_FILE_TMPDIR/long" > "$T/l16"
	head -c 64000000 "$BATS_FILE_TMPDIR/long" > "$T/l64"
	t_best s16 pbsplit -f tsv "$T/l16"
	a=$ms
	t_best s64 pbsplit -f tsv "$T/l64"
	b=$ms
	[ "$(cut -f8 "$T/s64.out" | tail -n 1)" = 64000000 ]
	echo "pbsplit: 16 MB line $a ms, 64 MB line $b ms" >&2
	# 4x the input: 4x the time expected, 6x allowed for noise
	[ "$b" -lt $((6 * a + 300)) ]
}

@test "10^6 empty lines: one cover block ending at line 1000000" {
	head -c 1000000 /dev/zero | tr '\0' '\n' > "$T/empty"
	t_run split pbsplit "$T/empty"
	[ "$status" -eq 0 ]
	run jq -c 'if .type == "doc" then [.type, .line, .blocks] else [.kind, .line, .end_line, (.text | length)] end' "$T/split.out"
	[ "${lines[0]}" = '["doc",1,1]' ]
	[ "${lines[1]}" = '["cover",1,1000000,1000000]' ]
	[ "${#lines[@]}" -eq 2 ]
	# no text in it: an error (r20f), said once, in time
	t_run table pbtable "$T/empty"
	[ "$status" -eq 2 ]
	[ ! -s "$T/table.out" ]
	grep -q 'empty: no text, only blank lines' "$T/table.err"
	[ "$(wc -l < "$T/table.err")" -eq 1 ]
}

@test "10^6 tabs on one line: one cover block, no project" {
	head -c 1000000 /dev/zero | tr '\0' '\t' > "$T/tabs"
	t_run split pbsplit -f tsv "$T/tabs"
	[ "$status" -eq 0 ]
	[ "$(tail -n 1 "$T/split.out" | cut -f4,6-8)" = "$(printf 'cover\t1\t1\t1000000')" ]
	t_run table pbtable "$T/tabs"
	[ "$status" -eq 2 ]
	[ ! -s "$T/table.out" ]
	grep -q 'tabs: no text, only blank lines' "$T/table.err"
}

@test "10^6 tabs on a line inside a project table: the table still reads" {
	{
		table_head
		head -c 1000000 /dev/zero | tr '\0' '\t'
		echo
		echo "$HEADER"
		printf '产出指标\t数量指标\t储备数量\t储备帐篷\t≥200顶\t储备规划\t\n'
	} > "$T/in"
	t_run split pbsplit "$T/in"
	[ "$status" -eq 0 ]
	valid_json "$T/split.out"
	[ "$(jq -r 'select(.type == "block") | .kind' "$T/split.out")" = project_table ]
	t_run table pbtable "$T/in"
	[ "$status" -eq 0 ]
	valid_json "$T/table.out"
	run jq -c 'select(.type == "project") | [.code, .budget, .indicators]' "$T/table.out"
	[ "$output" = '["13070525P000056700012",60,1]' ]
	run jq -c 'select(.type == "indicator") | [.level3, .op, .num, .unit]' "$T/table.out"
	[ "$output" = '["储备数量",">=",200,"顶"]' ]
}

# ---- huge counts ----

@test "10^5 part heading lines: one part block whose title joins them all, in linear time" {
	{ echo '西岭区应急管理局'; yes '第三部分 项目支出绩效目标说明' | head -n 100000; } > "$T/parts"
	head -n 2 "$T/parts" > "$T/part1"
	t_run one pbsplit "$T/part1"
	[ "$status" -eq 0 ]
	one=$(jq -r 'select(.kind == "part") | .title | length' "$T/one.out")
	[ "$one" -gt 0 ]
	# each line's title copied again for the next took time and memory
	# quadratic in the lines (gigabytes for a few thousand)
	t_run split pbsplit "$T/parts"
	[ "$status" -eq 0 ]
	run jq -c 'select(.kind == "part") | [.line, .end_line, (.title | length)]' "$T/split.out"
	[ "${lines[0]}" = "[2,100001,$((100000 * one + 99999))]" ]
	t_run table pbtable "$T/parts"
	[ "$status" -eq 2 ]
	[ "$(cat "$T/table.err")" = "pbtable: $T/parts: no project table found: not a budget performance filing?" ]
}

@test "10^5 table titles: 100000 project_table blocks; pbtable 100000 projects, each unparsed" {
	awk 'BEGIN { for (i = 1; i <= 100000; i++) printf "%d.项目%d绩效目标表\n", i, i }' > "$T/titles"
	t_run split pbsplit -f tsv "$T/titles"
	[ "$status" -eq 0 ]
	[ "$(awk -F'\t' 'NR > 1 && $4 == "project_table"' "$T/split.out" | wc -l)" -eq 100000 ]
	[ "$(awk -F'\t' 'NR > 1' "$T/split.out" | wc -l)" -eq 100000 ]
	t_run table pbtable "$T/titles"
	[ "$status" -eq 0 ]
	valid_json "$T/table.out"
	[ "$(types "$T/table.out")" = "$(printf '100000 project\n100000 unparsed')" ]
	[ "$(jq -r 'select(.type == "unparsed") | .reason' "$T/table.out" | sort -u)" = \
	  "no indicator table (一级指标 header) in this project table" ]
	# numbering is not part of the name (up to 999: longer numbers are kept)
	[ "$(jq -r 'select(.type == "project") | .name' "$T/table.out" | sed -n 999p)" = "项目999" ]
	[ "$(grep -c 'warning: no indicator table' "$T/table.err")" -eq 100000 ]
	[ "$ms" -lt 20000 ]
}

@test "a goals cell of 10^5 lines starting with a decimal (2.5万亩…): two goals, in linear time" {
	# each such line asked whether a later line was numbered 2. (the
	# last one is): quadratic
	goals_table() {
		table_head
		printf '%s\n' $'资金支出计划（%）\t3月底\t6月底\t10月底\t12月底' $'\t25%\t50%\t75%\t100%' \
			$'绩效目标\t1.保障农田灌溉'
		yes $'\t2.5万亩农田灌溉用水' | head -n "$1"
		printf '\t2.按时完成灌溉\n'
		echo "$HEADER"
		printf '产出指标\t数量指标\t灌溉面积\t灌溉面积\t≥2.5万亩\t计划\t\n'
	}
	goals_table 10000 > "$T/g1"
	goals_table 100000 > "$T/g10"
	t_best small pbtable "$T/g1"
	[ "$status" -eq 0 ]
	a=$ms
	t_best big pbtable "$T/g10"
	[ "$status" -eq 0 ]
	[ "$(jq -c 'select(.type == "project") | .goals | length' "$T/big.out")" = 2 ]
	echo "10^4 lines $a ms, 10^5 lines $ms ms" >&2
	[ "$ms" -lt $((20 * a + 500)) ]
}

@test "10^5 goal lines, the last repeating the first: pbcheck's goal-repeated in linear time" {
	many_goals() {
		table_head
		printf '%s\n' $'资金支出计划（%）\t3月底\t6月底\t10月底\t12月底' $'\t25%\t50%\t75%\t100%'
		awk -v n="$1" 'BEGIN { for (i = 1; i <= n; i++)
			printf "%s\t%d.完成任务%d\n", i == 1 ? "绩效目标" : "", (i - 1) % 500 + 1, i == n ? 1 : i }'
		echo "$HEADER"
		printf '产出指标\t数量指标\t任务数\t任务数\t≥1个\t计划\t\n'
	}
	many_goals 10000 > "$T/m1"
	many_goals 100000 > "$T/m10"
	pbtable "$T/m1" > "$T/m1.nd"
	pbtable "$T/m10" > "$T/m10.nd"
	[ "$(jq -c 'select(.type == "project") | .goals | length' "$T/m10.nd")" = 100000 ]
	t_best small pbcheck -f ndjson --fail-on never "$T/m1.nd"
	a=$ms
	t_best big pbcheck -f ndjson --fail-on never "$T/m10.nd"
	[ "$status" -eq 0 ]
	echo "pbcheck: 10^4 goals $a ms, 10^5 goals $ms ms" >&2
	[ "$ms" -lt $((20 * a + 500)) ]
	[ "$(jq -r 'select(.rule == "goal-repeated") | .message' "$T/big.out")" = \
	  "13070525P000056700012: 绩效目标 100000 repeats 绩效目标 1 verbatim: 完成任务1" ]
}

@test "one table with 10^5 indicator rows: one project with 100000 indicators" {
	{
		table_head
		echo "$HEADER"
		awk 'BEGIN { for (i = 1; i <= 100000; i++)
			printf "%s\t%s\t指标%d\t描述%d\t≥%d个\t计划\t\n", i % 3 == 1 ? "产出指标" : "",
			       i % 3 == 1 ? "数量指标" : "", i, i, i }'
	} > "$T/in"
	t_run table pbtable "$T/in"
	[ "$status" -eq 0 ]
	[ ! -s "$T/table.err" ]
	valid_json "$T/table.out"
	[ "$(types "$T/table.out")" = "$(printf '100000 indicator\n1 project')" ]
	run jq -c 'select(.type == "project") | [.indicators, .unparsed]' "$T/table.out"
	[ "$output" = '[100000,0]' ]
	# merged cells filled from above all the way down; the last row intact
	[ "$(jq -r 'select(.type == "indicator") | .level1 + .level2' "$T/table.out" | sort -u)" = 产出指标数量指标 ]
	run bash -c "jq -c 'select(.type == \"indicator\") | [.seq, .level3, .num, .unit]' '$T/table.out' | tail -n 1"
	[ "$output" = '[100000,"指标100000",100000,"个"]' ]
	[ "$ms" -lt 20000 ]
}

@test "10^5 indicator rows with the 一级指标 column blank throughout: linear time; pbcheck's duplicate check too" {
	# each row looked down the whole table for a level-1 name printed
	# below it (a PDF centres merged cells), and pbcheck compared each
	# row with all before: both quadratic
	blank_l1() {
		table_head
		echo "$HEADER"
		awk -v n="$1" 'BEGIN { for (i = 1; i <= n; i++)
			printf "\t数量指标\t指标%d\t描述%d\t≥%d个\t计划\t\n", i % 1000, i % 1000, i % 1000 }'
	}
	blank_l1 10000 > "$T/b1"
	blank_l1 100000 > "$T/b10"
	t_best small pbtable "$T/b1"
	[ "$status" -eq 0 ]
	a=$ms
	t_best big pbtable "$T/b10"
	[ "$status" -eq 0 ]
	echo "pbtable: 10^4 rows $a ms, 10^5 rows $ms ms" >&2
	[ "$ms" -lt $((20 * a + 500)) ]
	run jq -c 'select(.type == "project") | .indicators' "$T/big.out"
	[ "$output" = 100000 ]
	# every row after the first thousand repeats one of them
	t_best csmall pbcheck -f ndjson --fail-on never "$T/small.out"
	a=$ms
	t_best cbig pbcheck -f ndjson --fail-on never "$T/big.out"
	[ "$status" -eq 0 ]
	echo "pbcheck: 10^4 rows $a ms, 10^5 rows $ms ms" >&2
	[ "$ms" -lt $((20 * a + 500)) ]
	[ "$(jq -r 'select(.rule == "duplicate-indicator") | .indicator' "$T/cbig.out" | wc -l)" -eq 99000 ]
	[ "$(jq -r 'select(.rule == "duplicate-indicator") | .message' "$T/cbig.out" | tail -n 1)" = \
	  "13070525P000056700012 指标0: indicator 100000 repeats indicator 1000 (line 1006) in every column" ]
}

@test "one table with 10^5 rows each unparsed: 100000 unparsed records, in seconds" {
	{
		table_head
		echo "$HEADER"
		awk 'BEGIN { for (i = 1; i <= 100000; i++) printf "产出指标\t数量指标\t\t描述%d\t\t计划\t\n", i }'
	} > "$T/in"
	t_run table pbtable "$T/in"
	[ "$status" -eq 0 ]
	valid_json "$T/table.out"
	run jq -c 'select(.type == "project") | [.indicators, .unparsed]' "$T/table.out"
	[ "$output" = '[100000,100000]' ]
	# each unparsed record holds its own line, not the table
	[ "$(jq -c 'select(.type == "unparsed") | .text' "$T/table.out" | tail -n 1)" = \
	  '"产出指标\t数量指标\t\t描述100000\t\t计划\t\n"' ]
	[ "$ms" -lt 20000 ]
}

@test "10^4 header rows repeated inside one table are skipped" {
	{
		table_head
		echo "$HEADER"
		awk -v h="$HEADER" 'BEGIN { for (i = 1; i <= 10000; i++) {
			printf "%s\t%s\t指标%d\t描述%d\t≥%d个\t计划\t\n", i % 3 == 1 ? "产出指标" : "",
			       i % 3 == 1 ? "数量指标" : "", i, i, i
			print h } }'
	} > "$T/in"
	t_run table pbtable "$T/in"
	[ "$status" -eq 0 ]
	[ ! -s "$T/table.err" ]
	run jq -c 'select(.type == "project") | [.indicators, .unparsed]' "$T/table.out"
	[ "$output" = '[10000,0]' ]
	[ "$(jq -r 'select(.type == "indicator") | .level1' "$T/table.out" | sort -u)" = 产出指标 ]
}

@test "a cell-per-line cell carried on over 10^5 lines: one project, in seconds" {
	{
		printf '%s\n' '1.测试项目绩效目标表' $'\t130705西岭区应急管理局本级' $'\t单位：万元' '' \
			$'\t项目编码' $'\t13070525P000056700012' $'\t项目名称' $'\t测试项目' '' \
			$'\t绩效目标' $'\t1.目标'
		awk 'BEGIN { for (i = 1; i <= 100000; i++) print "继续的文字继续的文字" }'
	} > "$T/in"
	t_run table pbtable "$T/in"
	[ "$status" -eq 0 ]
	valid_json "$T/table.out"
	[ "$(jq -c 'select(.type == "project") | .code' "$T/table.out")" = '"13070525P000056700012"' ]
	[ "$ms" -lt 20000 ]
}

# ---- bytes ----

@test "every byte value 0..255: exit 2 with a NUL byte message, no crash" {
	for i in $(seq 0 255); do printf "\\$(printf %03o "$i")"; done > "$T/bytes"
	[ "$(wc -c < "$T/bytes")" -eq 256 ]
	for tool in pbsplit pbtable; do
		t_run "$tool" "$tool" "$T/bytes"
		[ "$status" -eq 2 ]
		grep -q "bytes:1: NUL byte: binary data, not a text filing (byte 1)" "$T/$tool.err"
		valid_json "$T/$tool.out"
	done
}

@test "every byte value 1..255: exit 2, neither UTF-8 nor GB18030" {
	for i in $(seq 1 255); do printf "\\$(printf %03o "$i")"; done > "$T/bytes"
	for tool in pbsplit pbtable; do
		t_run "$tool" "$tool" "$T/bytes"
		[ "$status" -eq 2 ]
		# LF (byte 11) ends line 1; the lone CR after it (byte 14) is in
		# line 2, as once an LF has ended a line
		grep -q "bytes:2: not UTF-8 or GB18030 (byte 128)" "$T/$tool.err"
		valid_json "$T/$tool.out"
	done
}

@test "NUL bytes early in a filing: exit 2 with a message, no records" {
	{ head -n 20 "$EX/tab-grid.txt"; printf 'ab\000cd\n'; tail -n +21 "$EX/tab-grid.txt"; } > "$T/nul"
	for tool in pbsplit pbtable; do
		t_run "$tool" "$tool" "$T/nul"
		[ "$status" -eq 2 ]
		grep -q "NUL byte" "$T/$tool.err"
		valid_json "$T/$tool.out"
	done
}

@test "a NUL byte past the first 4 MiB: exit 2 with its line and offset, the rest still read" {
	repeat_to "$EX/tab-grid.txt" 5000000 > "$T/nul"
	copies=$(grep -c '年部门预算绩效文本' "$T/nul")
	at=$(($(wc -c < "$T/nul") + 3)) line=$(($(wc -l < "$T/nul") + 1))
	{ printf 'ab\000cd\n'; cat "$EX/tab-grid.txt"; } >> "$T/nul"
	t_run split pbsplit "$T/nul"
	[ "$status" -eq 2 ]
	grep -q "nul:$line: NUL byte: binary data, not a text filing (byte $at)" "$T/split.err"
	valid_json "$T/split.out"
	[ "$(jq -r 'select(.type == "doc") | .type' "$T/split.out" | wc -l)" -eq $((copies + 1)) ]
	t_run table pbtable "$T/nul"
	[ "$status" -eq 2 ]
	grep -q "nul:$line: NUL byte: binary data, not a text filing (byte $at)" "$T/table.err"
	valid_json "$T/table.out"
	[ "$(jq -r 'select(.type == "project") | .type' "$T/table.out" | wc -l)" -eq $((3 * (copies + 1))) ]
}

@test "UTF-8 cut at the end of input: exit 2 with a message, the rest output as valid JSON" {
	{ cat "$EX/tab-grid.txt"; printf '尾巴\345\255'; } > "$T/cut"
	t_run split pbsplit "$T/cut"
	[ "$status" -eq 2 ]
	# on the line after the example's last
	grep -q "cut:$(($(wc -l < "$EX/tab-grid.txt") + 1)): UTF-8 sequence cut off at end of input (byte $(($(wc -c < "$EX/tab-grid.txt") + 7)))" "$T/split.err"
	valid_json "$T/split.out"
	# everything before the cut character comes back byte for byte
	jq -j 'select(.type == "block").text' "$T/split.out" > "$T/joined"
	cmp -n "$(($(wc -c < "$T/cut") - 2))" "$T/joined" "$T/cut"
	t_run table pbtable "$T/cut"
	[ "$status" -eq 2 ]
	grep -q "UTF-8 sequence cut off at end of input" "$T/table.err"
	valid_json "$T/table.out"
	[ "$(jq -r 'select(.type == "project") | .code' "$T/table.out" | wc -l)" -eq 3 ]
}

@test "a GB18030 file cut mid-character: exit 2 with a message, blocks still output" {
	# cut after the lead byte of a two-byte character, and inside a
	# four-byte one
	for tail in '\316' '\201\060'; do
		{ cat "$EX/gb18030-crlf.txt"; printf "$tail"; } > "$T/cut"
		t_run split pbsplit "$T/cut"
		[ "$status" -eq 2 ]
		grep -q "GB18030 character cut off at end of input" "$T/split.err"
		valid_json "$T/split.out"
		[ "$(jq -r 'select(.type == "doc") | .encoding' "$T/split.out")" = GB18030 ]
		[ "$(jq -r 'select(.kind == "project_table") | .kind' "$T/split.out" | wc -l)" -eq 3 ]
		# the text before the cut is the UTF-8 original
		jq -j 'select(.type == "block").text' "$T/split.out" > "$T/joined"
		iconv -f GB18030 -t UTF-8 "$EX/gb18030-crlf.txt" > "$T/want"
		cmp -n "$(wc -c < "$T/want")" "$T/joined" "$T/want"
		t_run table pbtable "$T/cut"
		[ "$status" -eq 2 ]
		grep -q "GB18030 character cut off at end of input" "$T/table.err"
		valid_json "$T/table.out"
		[ "$(jq -r 'select(.type == "project") | .code' "$T/table.out" | wc -l)" -eq 3 ]
	done
}

# ---- line ends ----

@test "lone CR line ends: the same blocks and records as LF" {
	cat "$EX/tab-grid.txt" "$EX/cell-per-line.txt" "$EX/markdown.txt" > "$T/lf.txt"
	tr '\n' '\r' < "$T/lf.txt" > "$T/cr.txt"
	for v in lf cr; do
		t_run "split-$v" pbsplit "$T/$v.txt"
		[ "$status" -eq 0 ]
		jq -c 'if .type == "doc" then del(.file) else [.doc, .kind, .title, .line, .end_line] end' \
			"$T/split-$v.out" > "$T/split-$v.shape"
		t_run "table-$v" pbtable "$T/$v.txt"
		[ "$status" -eq 0 ]
		jq -c 'del(.file, .text)' "$T/table-$v.out" > "$T/table-$v.shape"
	done
	[ "$(grep -c '"type":"doc"' "$T/split-cr.shape")" -eq 3 ]
	diff "$T/split-lf.shape" "$T/split-cr.shape"
	diff "$T/table-lf.shape" "$T/table-cr.shape"
	# and nothing is lost
	jq -j 'select(.type == "block").text' "$T/split-cr.out" | cmp - "$T/cr.txt"
}

@test "CRLF, lone CR, GB18030 past the read buffer: 4 MB gives the same records as LF, as fast" {
	repeat_to "$EX/tab-grid.txt" 4000000 > "$T/lf.txt"
	sed 's/$/\r/' "$T/lf.txt" > "$T/crlf.txt"
	tr '\n' '\r' < "$T/lf.txt" > "$T/cr.txt"
	iconv -f UTF-8 -t GB18030 "$T/crlf.txt" > "$T/gb.txt"
	declare -A took
	for tool in pbsplit pbtable; do
		for v in lf crlf cr gb; do
			t_run "$tool-$v" "$tool" -f tsv "$T/$v.txt"
			[ "$status" -eq 0 ]
			[ ! -s "$T/$tool-$v.err" ]
			took[$v]=$ms
			# all but the file name (and pbsplit's byte counts)
			if [ "$tool" = pbsplit ]; then cut -f2-7; else cut -f2-; fi \
				< "$T/$tool-$v.out" > "$T/$tool-$v.shape"
		done
		[ "$(wc -l < "$T/$tool-lf.shape")" -gt 1000 ]
		cmp "$T/$tool-lf.shape" "$T/$tool-crlf.shape"
		cmp "$T/$tool-lf.shape" "$T/$tool-cr.shape"
		cmp "$T/$tool-lf.shape" "$T/$tool-gb.shape"
		echo "$tool: LF ${took[lf]} ms, CRLF ${took[crlf]} ms, lone CR ${took[cr]} ms, GB18030 CRLF ${took[gb]} ms" >&2
		for v in crlf cr gb; do
			[ "${took[$v]}" -lt $((3 * took[lf] + 500)) ]
		done
	done
}

# ---- linear time ----

@test "time grows linearly: pbsplit and pbtable on 16 MB and 64 MB of filings" {
	repeat_to "$EX/tab-grid.txt" 16000000 > "$T/f16"
	repeat_to "$EX/tab-grid.txt" 64000000 > "$T/f64"
	copies=$(grep -c '年部门预算绩效文本' "$T/f64")
	for tool in pbsplit pbtable; do
		t_best "$tool-16" "$tool" -f tsv "$T/f16"
		[ "$status" -eq 0 ]
		a=$ms
		t_best "$tool-64" "$tool" -f tsv "$T/f64"
		[ "$status" -eq 0 ]
		b=$ms
		echo "$tool: 16 MB $a ms, 64 MB $b ms" >&2
		# 4x the input: 4x the time expected, 6x allowed for noise
		[ "$b" -lt $((6 * a + 300)) ]
	done
	# the counts scale too: every filing split, every table read
	[ "$(awk -F'\t' '$4 == "project_table"' "$T/pbsplit-64.out" | wc -l)" -eq $((3 * copies)) ]
	[ "$(($(wc -l < "$T/pbtable-64.out") - 1))" -eq $((17 * copies)) ]
}

@test "time grows linearly inside one filing: 4 MB and 16 MB of repeated tables" {
	for mb in 4 16; do
		awk -v lim=$((mb * 1000000)) '
			!body && /^[0-9]+\..*绩效目标表$/ { body = 1 }
			{ if (body) b = b $0 "\n"; else h = h $0 "\n" }
			END { printf "%s", h; n = length(h); while (n < lim) { printf "%s", b; n += length(b) } }
		' "$EX/tab-grid.txt" > "$T/one$mb"
	done
	for tool in pbsplit pbtable; do
		t_best "$tool-4" "$tool" -f tsv "$T/one4"
		[ "$status" -eq 0 ]
		a=$ms
		t_best "$tool-16" "$tool" -f tsv "$T/one16"
		[ "$status" -eq 0 ]
		b=$ms
		echo "$tool: 4 MB $a ms, 16 MB $b ms" >&2
		[ "$b" -lt $((6 * a + 300)) ]
	done
	# one filing, all its tables
	[ "$(awk -F'\t' 'NR > 1 { print $2 }' "$T/pbsplit-16.out" | sort -u)" = 1 ]
}

@test "time grows linearly in an input of both encodings whose UTF-8 lines each hold a two-byte letter (μg/m³): 256 KB and 1 MB" {
	# read a line at a time (the window holds both), each line with μ
	# ends a run of lines taken together: review r11a F1 was 13x for 4x
	printf '\t浓度μg/m³\n' > "$T/mu.txt"
	for kb in 256 1024; do
		{ cat "$EX/gb18030-crlf.txt"; repeat_to "$T/mu.txt" $((kb * 1000)); } > "$T/both$kb"
	done
	t_best both-256 pbsplit -f tsv "$T/both256"
	[ "$status" -eq 0 ]
	a=$ms
	t_best both-1024 pbsplit -f tsv "$T/both1024"
	[ "$status" -eq 0 ]
	b=$ms
	echo "pbsplit: 256 KB $a ms, 1 MB $b ms" >&2
	[ "$b" -lt $((6 * a + 300)) ]
	grep -q 'encoding changes to UTF-8 here' "$T/both-1024.err"
}

# ---- NDJSON input ----

@test "a deeply nested NDJSON line is an error, not a crash" {
	{ printf '{"type":"project","a":'; head -c 1000000 /dev/zero | tr '\0' '['; echo; } > "$T/deep.ndjson"
	t_run table pbtable "$T/deep.ndjson"
	[ "$status" -eq 2 ]
	grep -q "deep.ndjson:1: project record nests deeper than 31 levels, more than is read" "$T/table.err"
	valid_json "$T/table.out"
}

@test "a valid record with a key nested 32 deep is refused as too deep, not as invalid JSON; 31 deep is read" {
	for d in 31 32; do
		{ printf '{"type":"project","file":"f","doc":1,"line":1,"code":"c","budget":1,"x":'
		  head -c "$d" /dev/zero | tr '\0' '['; head -c "$d" /dev/zero | tr '\0' ']'; echo '}'; } > "$T/d$d.ndjson"
		jq -e .budget "$T/d$d.ndjson" > /dev/null
	done
	t_run ok pbsum -f ndjson "$T/d31.ndjson"
	[ "$status" -eq 0 ]
	[ "$(jq -c '[.projects, .budget]' "$T/ok.out")" = '[1,1]' ]
	t_run deep pbsum -f ndjson "$T/d32.ndjson"
	[ "$status" -eq 2 ]
	[ "$(cat "$T/deep.err")" = "pbsum: $T/d32.ndjson:1: project record nests deeper than 31 levels, more than is read; it and its indicator records are left out" ]
}
