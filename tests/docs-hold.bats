#!/usr/bin/env bats
# r17: what a new user reads in README and the man pages holds, and the
# four behaviours the review found wrong for such a user: a spend total
# over no project written 0 (F02), pbcheck -s counting a failed file as
# read (F03), pbsum's unparsed warning naming no file (F07), a bad option
# value with no usage text (F09).

load common

# pbtable's records of the examples, and one more input whose projects
# give no spending at any checkpoint (spend all null): a plan left blank
setup() {
	T="$BATS_TEST_TMPDIR"
	for f in "$EX"/*.txt; do
		b=$(basename "$f" .txt)
		pbtable "$f" >"$T/$b.ndjson" 2>/dev/null
	done
	jq -c 'if .type == "project" then .spend = {"03":null,"06":null,"10":null,"12":null} else . end' \
		"$T/markdown.ndjson" >"$T/nospend.ndjson"
	INPUTS=("$T/tab-grid.ndjson" "$T/markdown.ndjson" "$T/nospend.ndjson" "$T/cell-per-line.ndjson")
}

@test "r17 F02: a checkpoint no project of the group gives is null in NDJSON, an empty cell in TSV" {
	run_split pbsum -g file -f ndjson "$T/nospend.ndjson" "$T/tab-grid.ndjson"
	[ "$status" -eq 0 ]
	# the group of nothing but null plans: unknown, not 0
	[ "$(echo "$output" | jq -c 'select(.group.file | endswith("markdown.txt")) | [.spend, .nospend["12"] == .projects]')" = \
		'[{"03":null,"06":null,"10":null,"12":null},true]' ]
	# a group with known plans keeps its numbers
	[ "$(echo "$output" | jq -c 'select(.group.file | endswith("tab-grid.txt")) | [.spend["12"] | type]')" = '["number"]' ]
	run_split pbsum -g file "$T/nospend.ndjson"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | awk -F'\t' 'NR == 2 { print $6 "|" $7 "|" $8 "|" $9 "|" $11 }')" = "||||1" ]
	# no input at all: 0 projects, spend unknown
	run_split pbsum -f ndjson </dev/null
	[ "$(echo "$output" | jq -c '[.projects, .budget, .spend["12"]]')" = '[0,0,null]' ]
}

@test "r17 F02: a null total merges exactly: null + known = known, nospend added; every split gives one run's bytes" {
	for keys in "" dept file dept,year region,dept_code; do
		g=${keys:+-g $keys}
		whole_tsv=$(pbsum $g "${INPUTS[@]}" 2>/dev/null)
		whole_nd=$(pbsum $g -f ndjson --total "${INPUTS[@]}" 2>/dev/null) || true
		n=${#INPUTS[@]}
		for ((mask = 0; mask < (1 << n); mask++)); do
			a=() b=()
			for ((i = 0; i < n; i++)); do
				if ((mask >> i & 1)); then a+=("${INPUTS[i]}"); else b+=("${INPUTS[i]}"); fi
			done
			# each side summed on its own (an empty side is no input: skip it)
			: >"$T/parts.ndjson"
			((${#a[@]})) && pbsum $g -f ndjson "${a[@]}" 2>/dev/null >>"$T/parts.ndjson"
			((${#b[@]})) && pbsum $g -f ndjson "${b[@]}" 2>/dev/null >>"$T/parts.ndjson"
			got=$(pbsum $g "$T/parts.ndjson" 2>/dev/null)
			[ "$got" = "$whole_tsv" ] || { echo "-g '$keys' mask $mask: TSV differs"; diff <(echo "$whole_tsv") <(echo "$got"); return 1; }
			got=$(pbsum $g -f ndjson --total "$T/parts.ndjson" 2>/dev/null)
			[ "$got" = "$whole_nd" ] || { echo "-g '$keys' mask $mask: NDJSON differs"; return 1; }
			# a partial sum merged with raw records (a sum of a sum and a file)
			if ((${#a[@]} && ${#b[@]})); then
				pbsum $g -f ndjson "${a[@]}" 2>/dev/null >"$T/a.ndjson"
				got=$(pbsum $g "$T/a.ndjson" "${b[@]}" 2>/dev/null)
				[ "$got" = "$whole_tsv" ] || { echo "-g '$keys' mask $mask: sum + records differs"; return 1; }
			fi
		done
		# left to right, one input at a time: ((a+b)+c)+d
		pbsum $g -f ndjson "${INPUTS[0]}" 2>/dev/null >"$T/acc.ndjson"
		for ((i = 1; i < n; i++)); do
			pbsum $g -f ndjson "$T/acc.ndjson" "${INPUTS[i]}" 2>/dev/null >"$T/acc2.ndjson"
			mv "$T/acc2.ndjson" "$T/acc.ndjson"
		done
		[ "$(pbsum $g "$T/acc.ndjson" 2>/dev/null)" = "$whole_tsv" ]
	done
}

@test "r17 F02: the null group from its own sum record, merged with a known one, is the known sum with nospend added" {
	pbsum -f ndjson "$T/nospend.ndjson" >"$T/null.ndjson"
	pbsum -f ndjson "$T/tab-grid.ndjson" >"$T/known.ndjson"
	[ "$(jq -c '.spend["12"]' "$T/null.ndjson")" = null ]
	run_split pbsum -f ndjson "$T/null.ndjson" "$T/known.ndjson"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | jq -c .spend)" = "$(jq -c .spend "$T/known.ndjson")" ]
	[ "$(echo "$output" | jq '.nospend["12"]')" = "$(jq -n --slurpfile a "$T/null.ndjson" --slurpfile b "$T/known.ndjson" '$a[0].nospend["12"] + $b[0].nospend["12"]')" ]
	[ "$(echo "$output" | jq '.projects')" = "$(jq -n --slurpfile a "$T/null.ndjson" --slurpfile b "$T/known.ndjson" '$a[0].projects + $b[0].projects')" ]
}

@test "r17 F02: a null spend whose nospend is not projects is a bad record; 0.9.0's 0 there still merges" {
	rec='{"type":"sum","group":{},"projects":2,"budget":5,"fiscal":5,"other":0,"spend":{"03":null,"06":1,"10":2,"12":5},"skipped":0,"nospend":{"03":1,"06":0,"10":0,"12":0}}'
	run_split pbsum -f ndjson <<<"$rec"
	[ "$status" -eq 2 ]
	[[ "$stderr" == "pbsum: -:1: sum record: spend 03 is null, yet nospend 03 is not projects"* ]]
	[ "$(echo "$output" | jq .projects)" = 0 ]
	# the same with nospend 03 = projects: read, and written null again
	run_split pbsum -f ndjson <<<"${rec/\"03\":1,/\"03\":2,}"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | jq -c '[.spend["03"], .spend["12"], .nospend["03"]]')" = '[null,5,2]' ]
	# as pb 0.9.0 wrote it, 0 over no project: read, written null now
	old=${rec/\"03\":null/\"03\":0}
	run_split pbsum -f ndjson <<<"${old/\"03\":1,/\"03\":2,}"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | jq -c '[.spend["03"], .nospend["03"], .projects]')" = '[null,2,2]' ]
}

@test "r17 F03: pbcheck -s counts a cut file, a file that is no filing and an unreadable one as failed" {
	n=$(grep -n '^第二部分' "$EX/tab-grid.txt" | sed -n 2p | cut -d: -f1)
	head -n "$n" "$EX/tab-grid.txt" >"$T/cut.txt"
	printf 'no filing here\n' >"$T/prose.txt"
	run_split pbcheck -s --fail-on never "$EX/markdown.txt" "$T/cut.txt" "$T/prose.txt" "$T/nosuch.txt"
	[ "$status" -eq 2 ]
	[ "$(echo "$stderr" | tail -1)" = "pbcheck: 4 files: 1 read, 3 failed; 1 project, 6 indicators: 0 errors, 0 warnings, 0 info" ]
	# a record stream with a bad record in it failed too; the good project is counted
	sed '1s/"year":[0-9]*/"year":"x"/' "$T/markdown.ndjson" >"$T/bad.ndjson"
	head -1 "$T/bad.ndjson" | grep -q '"year":"x"' || skip "no year in the first record"
	run_split pbcheck -s "$T/bad.ndjson" "$T/tab-grid.ndjson"
	[ "$status" -eq 2 ]
	[[ "$(echo "$stderr" | tail -1)" == "pbcheck: 2 files: 1 read, 1 failed; "* ]]
	# all well: no failed file, and the one file given is one file
	run_split pbcheck -s --fail-on never "$EX/markdown.txt"
	[ "$status" -eq 0 ]
	[[ "$stderr" == "pbcheck: 1 file: 1 read, 0 failed; 1 project, "* ]]
}

@test "r17 F07: pbsum names the input whose records hold unparsed ones, once per input" {
	awk 'NR == 65 { print $0 "\t多余\t单元格"; next } 1' "$EX/tab-grid.txt" >"$T/extra.txt"
	pbtable "$T/extra.txt" >"$T/extra.ndjson" 2>/dev/null
	[ "$(grep -c '"type":"unparsed"' "$T/extra.ndjson")" -eq 2 ]
	run_split pbsum "$T/markdown.ndjson" "$T/extra.ndjson"
	[ "$status" -eq 0 ]
	[ "$stderr" = "pbsum: $T/extra.ndjson: warning: 2 unparsed records: parts of project tables that could not be read, so sums may be short (pbcheck lists them)" ]
}

@test "r17 F09: a bad option value is a usage error like a bad option: the message, then the usage text" {
	while IFS='|' read -r tool args msg; do
		run_split $tool $args </dev/null
		[ "$status" -eq 2 ] || { echo "$tool $args: status $status"; return 1; }
		[ -z "$output" ]
		[ "$(echo "$stderr" | head -1)" = "$tool: $msg" ] || { echo "$tool $args: $stderr"; return 1; }
		[[ "$(echo "$stderr" | sed -n 2p)" == "usage: $tool "* ]] || { echo "$tool $args: no usage: $stderr"; return 1; }
	done <<'EOF_CASES'
pbsplit|-f xml|unknown format 'xml' (one of: ndjson, tsv)
pbsplit|--encoding latin1|unknown encoding 'latin1' (one of: auto, utf-8, gb18030)
pbtable|-f tsv -t unparsed|unknown record type 'unparsed' (one of: indicator, project)
pbtable|-t project|-t chooses the TSV table: give it with -f tsv
pbsum|-g nosuch|unknown group key 'nosuch' (keys: file, doc, dept, dept_code, year, region, code, name, title, source_unit, schedule_unit, purpose)
pbsum|-g dept -g dept|group key 'dept' given twice
pbsum|-f ndjson --yuan|--yuan is for TSV output only
pbcheck|--fail-on fatal|unknown severity 'fatal' (one of: info, warning, error, never)
pbcheck|--enable nosuch|unknown rule 'nosuch' (see --list-rules)
pbcheck|--explain nosuch|unknown rule 'nosuch' (see --list-rules)
pbcheck|--list-rules x|--list-rules takes no FILE
EOF_CASES
	# several bad names: each said, the usage text once
	run_split pbcheck --disable a,b
	[ "$(echo "$stderr" | grep -c '^usage: ')" -eq 1 ]
	[ "$(echo "$stderr" | grep -c 'unknown rule')" -eq 2 ]
}

@test "r17 F09: --version ignores operands, as documented" {
	for t in pbsplit pbtable pbcheck pbsum; do
		run_split $t --version extra
		[ "$status" -eq 0 ]
		[[ "$output" == "$t (pb) "* ]]
		grep -q 'operands after' "$TOP/man/$t.1"
	done
}

@test "r17 F01: pbtable(1) lists the TSV columns in the order pbtable writes them" {
	# the numbered column lists of -f: "N name" pairs, in order
	cols() {
		sed -n '/^The columns, in this order/,/^Each is the record field/p' "$TOP/man/pbtable.1" |
			awk -v want="$1" '/^\.nf/ { n++ } n == want && /^ *[0-9]/ { for (i = 1; i < NF; i += 2) print $i, $(i + 1) }'
	}
	want() { head -1 | tr '\t' '\n' | awk '{ print NR, $0 }'; }
	[ "$(cols 1)" = "$(pbtable -f tsv "$EX/markdown.txt" | want)" ]
	[ "$(cols 2)" = "$(pbtable -f tsv -t project "$EX/markdown.txt" | want)" ]
	[ -n "$(cols 2)" ]
}

@test "r17 F01: pbsplit's TSV bytes is the length of the block's UTF-8 text (not its size in a GB18030 file)" {
	for f in "$EX"/*.txt; do
		[ "$(pbsplit -f tsv "$f" | tail -n +2 | cut -f8)" = "$(pbsplit "$f" | jq -r 'select(.type == "block") | .text | utf8bytelength')" ] ||
			{ echo "$f"; return 1; }
	done
	# and for the GB18030 example the sum is more than the file's size
	total=$(pbsplit -f tsv "$EX/gb18030-crlf.txt" | awk -F'\t' 'NR > 1 { s += $8 } END { print s }')
	[ "$total" -gt "$(wc -c <"$EX/gb18030-crlf.txt")" ]
}

@test "r17 F05 F11: the pages and README send no user to SCHEMA.md; NAME lines are ASCII" {
	! grep -n 'SCHEMA' "$TOP"/man/*.1
	! grep -n 'full contract is' "$TOP/README.md"
	for f in "$TOP"/man/*.1; do
		name=$(sed -n '/^\.SH NAME/{n;p;}' "$f")
		[ -n "$name" ]
		! printf '%s' "$name" | LC_ALL=C grep -q '[^ -~]\|\\\['
	done
}
