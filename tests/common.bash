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
lossless() {
	pbsplit "$1" | jq -j 'select(.type=="block").text' | cmp - "$1"
}
