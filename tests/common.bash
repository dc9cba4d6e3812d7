# Shared by every tests/*.bats: the tools under test and where things are.
TOP="$(cd "$BATS_TEST_DIRNAME/.." && pwd)"
PATH="$TOP/bin:$PATH"
FIX="$TOP/tests/fixtures"
EX="$TOP/examples"
# the real filings beside the repository; tests over them skip without it
SHARED="${PB_SHARED:-$TOP/../shared/filings}"

need_shared() {
	[ -d "$SHARED" ] || skip "no ../shared/filings here"
}

# run a tool and keep stdout and stderr apart ($output / $stderr)
run_split() {
	local errf="$BATS_TEST_TMPDIR/stderr"
	run bash -c '"$@" 2>"'"$errf"'"' _ "$@"
	stderr="$(cat "$errf")"
}

# each_reader STATUS FILE MESSAGE [records]: pbtable, pbcheck and pbsum
# on FILE (records: on pbsplit's records of it, read from -) exit STATUS
# and say "TOOL: MESSAGE" on stderr, and nothing else
each_reader() {
	local want=$1 f=$2 msg=$3 via=${4:-} t
	for t in pbtable pbcheck pbsum; do
		if [ -n "$via" ]; then
			run_split bash -c "pbsplit '$f' | $t"
		else
			run_split $t "$f"
		fi
		[ "$status" -eq "$want" ] || { echo "$t${via:+ ($via)}: status $status"; return 1; }
		[ "$stderr" = "$t: $msg" ] || { echo "$t${via:+ ($via)}: $stderr"; return 1; }
	done
}

# valgrind cannot run sanitizer builds (make sanitize sets PB_SANITIZE)
no_valgrind() {
	[ -n "${PB_SANITIZE:-}" ] || ! command -v valgrind > /dev/null
}

# pbtable's records of file $1 of one type, each through jq filter $2,
# one a line (stderr dropped)
proj() {
	pbtable "$1" 2>/dev/null | jq -c "select(.type==\"project\") | $2"
}
ind() {
	pbtable "$1" 2>/dev/null | jq -c "select(.type==\"indicator\") | $2"
}
unp() {
	pbtable "$1" 2>/dev/null | jq -c "select(.type==\"unparsed\") | $2"
}

# pbsplit's blocks joined give back FILE byte for byte
# [docs, indicators, budget total] of a file, through pbsplit and pbtable
totals() {
	local docs
	docs=$(pbsplit "$1" | jq -s '[.[] | select(.type=="doc")] | length')
	pbtable "$1" 2>/dev/null |
		jq -sc --argjson d "$docs" '[$d, ([.[] | select(.type=="indicator")] | length),
			([.[] | select(.type=="project") | .budget] | add)]'
}

lossless() {
	pbsplit "$1" | jq -j 'select(.type=="block").text' | cmp - "$1"
}

# column NAME of TSV on stdin, at data row ROW (1 is the first after the
# header): pbsum's output
col() {
	awk -F'\t' -v name="$1" -v row="$2" '
		NR == 1 { for (i = 1; i <= NF; i++) if ($i == name) c = i; next }
		NR == row + 1 && c { print $c }'
}

# a table's top drawn again (tests/table-top-continued.bats, tests/table-top-repeated.bats): pbsum's
# projects and budget of a file, tab-separated
sum2() {
	pbsum "$1" 2>/dev/null | awk -F'\t' 'NR == 2 { print $1 "\t" $2 }'
}

# the first project's code, budget and indicator count, and how many
# projects carry its code
first_project() {
	pbtable "$1" 2>/dev/null | jq -sc '[.[] | select(.type=="project")] as $p
		| [$p[0].code, $p[0].budget, $p[0].indicators, ([$p[] | select(.code == $p[0].code)] | length)]'
}

# a file in each form the filings come in: UTF-8, CRLF, GB18030 with CRLF
forms() {
	local f=$1 b="$BATS_TEST_TMPDIR/$(basename "$1" .txt)"
	sed 's/$/\r/' "$f" > "$b-crlf.txt"
	iconv -f UTF-8 -t GB18030 "$b-crlf.txt" > "$b-gb.txt"
	echo "$f $b-crlf.txt $b-gb.txt"
}
