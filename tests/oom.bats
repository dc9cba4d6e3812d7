#!/usr/bin/env bats
# Out of memory anywhere in a whole tool: its main, its writers, the
# library, json-c, pcre2 and iconv.  tests/oomfail.so (LD_PRELOAD) makes
# the Nth allocation fail, or every one from the Nth on (PB_OOM_STICKY:
# memory that stays short).  Each run must either come out as the clean
# run did (stdout, stderr and status), or exit 2 saying "out of memory"
# with no half line written.  Never a crash, never a silent change.
# tests/unit/test_oom.c does the same for the library's calls alone.

load common

setup() {
	[ -z "${PB_SANITIZE:-}" ] || skip "AddressSanitizer has its own malloc"
	SHIM="$TOP/tests/oomfail.so"
	[ -f "$SHIM" ] || skip "no tests/oomfail.so (make check builds it)"
	T="$BATS_TEST_TMPDIR"
}

# oom_each MODES INPUT TOOL ARGS...: TOOL ARGS with stdin from INPUT,
# failing allocation N for N = 1, 1 + STRIDE, ... up to the clean run's
# count, for each mode in MODES: 0/STRIDE that one alone, 1/STRIDE it and
# every one after.  About 10 ms a run: the strides keep the whole file
# near a minute.
oom_each() {
	local modes=$1 in=$2 n i m s stride rc0 rc bad=0
	shift 2
	LD_PRELOAD="$SHIM" PB_OOM_COUNT="$T/n" "$@" < "$in" > "$T/out0" 2> "$T/err0" && rc0=0 || rc0=$?
	n=$(cat "$T/n")
	[ "$n" -gt 20 ] || { echo "$*: only $n allocations counted"; return 1; }
	for m in $modes; do
		s=${m%/*} stride=${m#*/}
		for ((i = 1; i <= n; i += stride)); do
			rc=0
			LD_PRELOAD="$SHIM" PB_OOM_AT=$i PB_OOM_STICKY=$s "$@" < "$in" \
				> "$T/out" 2> "$T/err" || rc=$?
			if [ "$rc" = "$rc0" ] && cmp -s "$T/out" "$T/out0" && cmp -s "$T/err" "$T/err0"; then
				continue
			fi
			local why=
			[ "$rc" = 2 ] || why="exit $rc"
			grep -q "out of memory" "$T/err" || why="$why, no word of it"
			if [ -s "$T/out" ] && [ -n "$(tail -c 1 "$T/out")" ]; then
				why="$why, a half line"
			fi
			if [ -n "$why" ]; then
				echo "$* (allocation $i fails, sticky $s):$why: $(head -c 200 "$T/err")"
				bad=$((bad + 1))
			fi
		done
	done
	echo "# $*: $n allocations, $bad bad" >&2
	[ "$bad" -eq 0 ]
}

@test "oom: pbsplit over every example, each allocation failing" {
	oom_each "0/1 1/3" /dev/null pbsplit "$EX"/*.txt
}

@test "oom: pbtable over every example, each allocation failing" {
	oom_each "0/1 1/3" /dev/null pbtable "$EX"/*.txt
}

@test "oom: pbcheck over every example, each allocation failing" {
	oom_each "0/1 1/3" /dev/null pbcheck "$EX"/*.txt
}

@test "oom: pbsum over every example, each allocation failing" {
	oom_each "0/1 1/3" /dev/null pbsum -g dept,region --total "$EX"/*.txt
}

@test "oom: the TSV writers" {
	oom_each 0/2 /dev/null pbsplit -f tsv "$EX"/tab-grid.txt
	oom_each 0/2 /dev/null pbtable -f tsv "$EX"/tab-grid.txt
	oom_each 0/2 /dev/null pbcheck -f tsv "$EX"/tab-grid.txt
}

# Records go through json-c.  json-c before 0.17 (Debian 12 has 0.16)
# reads on when one allocation fails and the next succeed: a key can go
# missing from the record without a word (pbtable(1), BUGS).  When memory
# stays short the tools say so: that is what is held here, at a stride
# (json-c allocates for every value, thousands a run).
@test "oom: records read back (json-c), memory short from any point on" {
	pbsplit "$EX"/*.txt > "$T/split.nd"
	pbtable "$EX"/*.txt > "$T/table.nd"
	pbsum -g dept -f ndjson "$EX"/*.txt > "$T/sum.nd"
	oom_each 1/7 "$T/split.nd" pbtable
	oom_each 1/23 "$T/table.nd" pbcheck
	oom_each 1/23 "$T/table.nd" pbsum -g dept
	oom_each 1/3 "$T/sum.nd" pbsum -g dept
}

# A cron run over a directory: memory short for a moment in one filing
# (one allocation failing) costs that filing, said, and no other.  The
# splitter used to keep its out of memory through the reset for the next
# input: every filing after the one struck said "out of memory" too.
@test "oom: one allocation failing in a filing leaves the filings after it whole" {
	# the second has findings for pbcheck to report
	local t n i bad=0 judged second="$FIX/pbcheck/page-noise.fire.txt" name=page-noise.fire.txt
	for t in pbsplit pbtable pbcheck; do
		judged=0
		$t "$second" > "$T/alone" 2> /dev/null || true
		LD_PRELOAD="$SHIM" PB_OOM_COUNT="$T/n" $t "$EX/tab-grid.txt" > /dev/null 2>&1 || true
		n=$(cat "$T/n")
		[ "$n" -gt 20 ]
		for ((i = 1; i <= n; i++)); do
			LD_PRELOAD="$SHIM" PB_OOM_AT=$i PB_OOM_STICKY=0 $t "$EX/tab-grid.txt" \
				"$second" > "$T/out" 2> "$T/err" || true
			# an allocation the run itself needs (setting up, the
			# output) ends the run: only one a filing needs is judged
			grep -q "^$t: $EX/tab-grid.txt.*out of memory" "$T/err" || continue
			grep -q "^$t: out of memory" "$T/err" && continue
			judged=$((judged + 1))
			if ! grep -F "$name" "$T/out" | cmp -s - <(grep -F $name "$T/alone") ||
				grep -q "$name.*out of memory" "$T/err"; then
				echo "$t, allocation $i of tab-grid.txt's $n failing: $name not whole"
				bad=$((bad + 1))
			fi
		done
		echo "# $t: $judged allocations for the filing judged" >&2
		[ "$judged" -gt 10 ]
		[ -s "$T/alone" ]
	done
	[ "$bad" -eq 0 ]
}
